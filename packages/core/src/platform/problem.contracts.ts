import { z } from 'zod';
import { VALIDATION_CODES } from './validation-codes.ts';

// RFC 9457 problem details, with the NL API Design Rules' `invalidParams` extension.
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  code: z.string(),
  invalidParams: z
    .array(
      z.object({
        /** Path of the field for machines, e.g. `body.detectedAt`. */
        name: z.string(),
        /** English explanation for people reading the API; screens translate `code`. */
        reason: z.string(),
        /** Stable code of what is wrong (validation-codes.ts), translated by the web app. */
        code: z.enum(VALIDATION_CODES),
        /** The code's parameters (limits, formats, the other field's name); never the input. */
        params: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
