// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- types of an untyped package, for every tsconfig that compiles this file
/// <reference path="./csaf-validator-lib.d.ts" />
// Validates a CSAF 2.0 document with the BSI-sponsored validator library (@secvisogram/csaf-validator-lib,
// which bundles the OASIS CSAF 2.0 JSON schema, strict): valid means the JSON schema (§6.1.8 is the schema
// test) and every mandatory test of CSAF 2.0 §6.1 pass. Optional tests (§6.2) and informative tests
// (§6.3) are reported as warnings. Left out: informative tests 6.3.6 and 6.3.7 (they fetch every URL in the
// document — a validator must not reach out to the network on import) and 6.3.8 (spelling, needs hunspell).

export interface CsafFinding {
  test: string;
  instancePath: string;
  message: string;
}

export interface CsafValidation {
  valid: boolean;
  errors: CsafFinding[];
  warnings: CsafFinding[];
}

interface Library {
  validateStrict: (tests: unknown[], document: unknown) => Promise<unknown>;
  schema: unknown;
  mandatory: unknown[];
  advisory: unknown[];
}

let library: Promise<Library> | undefined;

/**
 * Loaded on first use, not at import: the library compiles its JSON schemas when its modules load (seconds
 * of CPU), and every server start, CLI command and test file that merely imports the app would pay for it.
 */
export function loadCsafValidator(): Promise<Library> {
  library ??= (async () => {
    const [validateStrict, mandatory, optional, informative, schemaTests] = await Promise.all([
      import('@secvisogram/csaf-validator-lib/validateStrict.js'),
      import('@secvisogram/csaf-validator-lib/mandatoryTests.js'),
      import('@secvisogram/csaf-validator-lib/optionalTests.js'),
      import('@secvisogram/csaf-validator-lib/informativeTests.js'),
      import('@secvisogram/csaf-validator-lib/schemaTests.js'),
    ]);
    const offlineInformative = Object.entries(informative)
      .filter(([name]) => !['informativeTest_6_3_6', 'informativeTest_6_3_7', 'informativeTest_6_3_8'].includes(name))
      .map(([, test]) => test);
    return {
      validateStrict: validateStrict.default,
      schema: schemaTests.csaf_2_0_strict,
      mandatory: Object.values(mandatory),
      advisory: [...Object.values(optional), ...offlineInformative],
    };
  })();
  return library;
}

interface LibResult {
  isValid: boolean;
  tests: {
    name: string;
    isValid?: boolean;
    errors: { message: string; instancePath: string }[];
    warnings: { message: string; instancePath: string }[];
    infos: { message: string; instancePath: string }[];
  }[];
}

function findings(result: LibResult, kind: 'errors' | 'warnings' | 'infos'): CsafFinding[] {
  return result.tests.flatMap((t) =>
    t[kind].map((f) => ({ test: t.name, instancePath: f.instancePath, message: f.message })),
  );
}

/**
 * `advice: false` runs only what decides validity (schema and mandatory tests): an import needs no more,
 * and the optional and informative tests cost most of the time on a large corpus.
 */
export async function validateCsaf(
  document: unknown,
  { advice = true }: { advice?: boolean } = {},
): Promise<CsafValidation> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { valid: false, errors: [{ test: 'json', instancePath: '', message: 'not a JSON object' }], warnings: [] };
  }
  const lib = await loadCsafValidator();
  // The schema first: the mandatory tests presuppose its shape (a null vulnerability makes them throw).
  const schema = (await lib.validateStrict([lib.schema], document)) as LibResult;
  if (findings(schema, 'errors').length > 0 || !schema.isValid) {
    return { valid: false, errors: findings(schema, 'errors'), warnings: findings(schema, 'warnings') };
  }
  let required: LibResult;
  try {
    required = (await lib.validateStrict(lib.mandatory, document)) as LibResult;
  } catch (error) {
    return {
      valid: false,
      errors: [{ test: 'mandatory', instancePath: '', message: (error as Error).message }],
      warnings: [],
    };
  }
  const errors = findings(required, 'errors');
  // The advisory tests presuppose a valid document.
  const adviceResult =
    advice && errors.length === 0 ? ((await lib.validateStrict(lib.advisory, document)) as LibResult) : undefined;
  const warnings = [
    ...findings(schema, 'warnings'),
    ...findings(required, 'warnings'),
    ...(adviceResult
      ? [...findings(adviceResult, 'errors'), ...findings(adviceResult, 'warnings'), ...findings(adviceResult, 'infos')]
      : []),
  ];
  return { valid: required.isValid && errors.length === 0, errors, warnings };
}
