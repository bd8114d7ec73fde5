// The validator library ships JavaScript without types for these entry points (README "API").
declare module '@secvisogram/csaf-validator-lib/*.js' {
  type CsafTest = (document: unknown) => unknown;
  const tests: Record<string, CsafTest>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/validateStrict.js' {
  export default function validateStrict(tests: unknown[], document: unknown): Promise<unknown>;
}
declare module '@secvisogram/csaf-validator-lib/schemaTests.js' {
  export const csaf_2_0_strict: unknown;
}
