import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { REPORT_CONTENT_SCHEMAS, REPORT_FIELD_LABELS_NL } from '../../src/incidents/index.ts';

/** Every field path of a content schema (`parent` and `parent.child`), as the PDF copy labels them. */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [
    prefix + key,
    ...fieldPaths(field, `${prefix}${key}.`),
  ]);
}

describe('Dutch labels of report content fields', () => {
  const paths = new Set(Object.values(REPORT_CONTENT_SCHEMAS).flatMap((schema) => fieldPaths(schema)));

  it('label every field of every report stage', () => {
    expect([...paths].filter((p) => !(p in REPORT_FIELD_LABELS_NL))).toEqual([]);
  });

  it('label no field that no report has', () => {
    expect(Object.keys(REPORT_FIELD_LABELS_NL).filter((p) => !paths.has(p))).toEqual([]);
  });

  it('walk nested fields', () => {
    expect(paths).toContain('mitigationMeasures.ongoing');
    expect(paths).toContain('parameters.isolatedAreaAffected');
  });
});
