// Import-graph rules ESLint cannot see (docs/ARCHITECTURE.md, Boundaries): cycles between areas and
// files, and relative imports that reach into another package. Run by `npm run lint:deps` (part of
// `npm run lint` and `npm test`).
//   npx depcruise --config .dependency-cruiser.mjs packages e2e bench
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle-between-areas',
      comment:
        'Areas (folders under core/src, server/src/services, server/src/routes, and the other server/src ' +
        'folders) form a DAG: shared primitives go to core/src/platform, cross-area reactions through ' +
        'domain events.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^packages/(core|server)/src(/|$)' },
      to: { circular: true },
    },
    {
      name: 'no-cycle-between-files-in-core',
      comment: 'core is a DAG down to its files (type-only imports included).',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: { circular: true },
    },
    {
      name: 'no-relative-import-from-src-across-packages',
      comment: 'Packages use each other by name (@weerbaar/core/<area>), never by a relative path.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/src/' },
      to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
    {
      name: 'no-relative-import-into-another-package-src',
      comment:
        "Not even a test reaches into another package's src by a relative path (shared test fixtures may " +
        'be read). Only e2e/ and bench/, which seed and measure the server, import packages/ by path.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/', pathNot: '^packages/[^/]+/src/' },
      to: { path: '^packages/[^/]+/src/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
  ],
  options: {
    doNotFollow: {
      path: ['node_modules'],
    },
    exclude: { path: ['node_modules', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
