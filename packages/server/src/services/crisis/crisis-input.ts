// Parsing a use case's input where callers other than routes pass it unparsed (the exercise agenda calls
// declareCrisis with only the fields it knows): problems name the field, as the routes' validation does.
import { DomainError, invalidParamsFromZod } from '@weerbaar/core/platform';
import type { z } from 'zod';

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = invalidParamsFromZod(parsed.error, 'body');
  throw new DomainError('validation_failed', problems.map((p) => `${p.name}: ${p.reason}`).join('; '), problems);
}
