// Validates STIX 2.1 objects against the OASIS STIX 2.1 JSON schemas (vendored in ./stix-schemas, with their
// source and licence). Every object is checked against the schema of its type; types without a schema here
// are refused, so the store holds only what it can check (issue 14 item 2).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'stix-schemas');

let validators: Map<string, ValidateFunction> | undefined;

function load(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: false, logger: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  const byType = new Map<string, string>();
  const observableTypes = new Set<string>();
  for (const folder of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(path.join(SCHEMA_DIR, folder)).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, folder, file), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      const type = file.replace(/\.json$/, '');
      if (folder !== 'common' || file === 'marking-definition.json') byType.set(type, schema.$id);
      if (folder === 'observables') observableTypes.add(type);
    }
  }
  const result = new Map<string, ValidateFunction>();
  for (const [type, id] of byType) result.set(type, ajv.getSchema(id)!);
  observables = observableTypes;
  return result;
}
let observables = new Set<string>();

export type StixCheck = { ok: true } | { ok: false; reason: string };

/** Checks one object against the STIX 2.1 schema of its type. */
export function validateStixObject(object: unknown): StixCheck {
  validators ??= load();
  if (typeof object !== 'object' || object === null || Array.isArray(object))
    return { ok: false, reason: 'is not a JSON object' };
  const type = (object as { type?: unknown }).type;
  if (typeof type !== 'string') return { ok: false, reason: 'has no type' };
  const validate = validators.get(type);
  if (!validate) return { ok: false, reason: `type ${type} is not one the store accepts` };
  // Cyber-observables may leave spec_version out (STIX 2.1 §6.1: it defaults to 2.1 for them).
  const specVersion =
    (object as { spec_version?: unknown }).spec_version ?? (observables.has(type) ? '2.1' : undefined);
  if (specVersion !== '2.1') return { ok: false, reason: 'spec_version must be 2.1' };
  if (validate(object)) return { ok: true };
  const first = validate.errors?.[0];
  return {
    ok: false,
    reason:
      `does not match the STIX 2.1 schema of ${type}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(),
  };
}
