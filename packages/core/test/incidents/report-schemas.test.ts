// The published JSON Schemas of the incident reports (docs/report-schemas/) are generated from the zod
// contracts. This test fails when they drift; regenerate with
//   WEERBAAR_WRITE_REPORT_SCHEMAS=1 npx vitest run --project small packages/core/test/incidents/report-schemas.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REPORT_PAYLOAD_SCHEMAS, REPORT_STAGES, STAGE_DEFINITIONS } from '../../src/incidents/index.ts';

const DIR = path.resolve(import.meta.dirname, '../../../../docs/report-schemas');
const WRITE = process.env.WEERBAAR_WRITE_REPORT_SCHEMAS === '1';

function schemaText(stage: (typeof REPORT_STAGES)[number]): string {
  const definition = STAGE_DEFINITIONS[stage];
  const generated = z.toJSONSchema(REPORT_PAYLOAD_SCHEMAS[stage], { target: 'draft-2020-12', io: 'input' });
  const schema = {
    $schema: generated.$schema,
    $id: `https://weerbaar.nl/schemas/incident-report/${stage}.schema.json`,
    title: `Weerbaar incident report: ${definition.labelEn}${definition.labelNl ? ` (${definition.labelNl})` : ''}`,
    description: `Source: ${definition.source}. Generated from packages/core/src/incidents/incident-report.contracts.ts; do not edit.`,
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('published report schemas', () => {
  it.each(REPORT_STAGES)('docs/report-schemas/%s.schema.json matches the contract', (stage) => {
    const file = path.join(DIR, `${stage}.schema.json`);
    const text = schemaText(stage);
    if (WRITE) writeFileSync(file, text);
    expect(existsSync(file), `${file} is missing; regenerate (see top of this test)`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${file} drifted from the zod contract; regenerate (see top of this test)`).toBe(
      text,
    );
  });
});
