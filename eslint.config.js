// One linter for the whole repo: typescript-eslint with type-aware rules, plus the import
// boundaries of DESIGN.md (core imports nothing of ours; nothing imports server; routes →
// services → repositories; adapters below services; SQL only in repositories). Cycles and
// relative imports across packages are checked by dependency-cruiser (.dependency-cruiser.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ourPackages = ['@weerbaar/server', '@weerbaar/server/*', '@weerbaar/web', '@weerbaar/web/*'];
const nothingImportsServerOrWeb = { group: ourPackages, message: 'Nothing imports server or web.' };
/** One `no-restricted-imports` per file: a later config block replaces the rule, so each layer repeats the base pattern. */
const restrictedImports = (...patterns) => ['error', { patterns: [nothingImportsServerOrWeb, ...patterns] }];

const onlyTheRunnerAudits = {
  group: ['**/kernel/record-audit-event.ts'],
  message:
    'Audit events are appended by the use-case runner: call record() in a defineUseCase (src/kernel/use-case.ts).',
};

const onlyRepositoriesWriteSql =
  'Only src/repositories (and src/db: migrations, migrate) use the Kysely query builder: move the query into a repository function (db, orgId, …).';

const noSqlBuilder = [
  {
    selector:
      'CallExpression > MemberExpression.callee[property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom|with|withRecursive|executeQuery)$/]',
    message: onlyRepositoriesWriteSql,
  },
  {
    selector: "TaggedTemplateExpression[tag.name='sql'], MemberExpression[object.name='sql']",
    message: onlyRepositoriesWriteSql,
  },
];
const noOwnTransactions = [
  {
    selector:
      "CallExpression > MemberExpression.callee[property.name=/^(transaction|startTransaction)$/], CallExpression[callee.name='inTransaction']",
    message:
      'Only the use-case runner (src/kernel/use-case.ts) and the job runner open transactions: write a use case with defineUseCase.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'artifacts/**',
      '**/*.js',
      '**/*.mjs',
      'packages/server/openapi.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-imports': restrictedImports(),
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@weerbaar/*', '**/server/**', '**/web/**'], message: 'core imports nothing of ours.' },
            { group: ['node:*'], message: 'core runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        group: ['**/services/**', '**/routes/**', '**/plugins/**'],
        message: 'repositories sit at the bottom: they import no services, routes or plugins.',
      }),
    },
  },
  {
    files: ['packages/server/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports(
        {
          group: ['**/routes/**', '**/plugins/**'],
          message: 'services do not know about HTTP: no routes or plugins.',
        },
        onlyTheRunnerAudits,
      ),
    },
  },
  {
    files: ['packages/server/src/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports(
        {
          group: ['**/repositories/**', 'kysely', 'kysely/*'],
          message: 'routes call services, never repositories or SQL.',
        },
        onlyTheRunnerAudits,
      ),
    },
  },
  {
    files: ['packages/server/src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        group: ['**/services/**', '**/routes/**', '**/repositories/**', '**/plugins/**'],
        message:
          'adapters are infrastructure (HTTP client, crypto, CSV, TOTP): no services, routes, repositories or plugins.',
      }),
    },
  },
  {
    // SQL only in repositories: no Kysely values (types are fine) and no query-builder calls elsewhere in src.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/repositories/**', 'packages/server/src/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', allowTypeImports: true, message: onlyRepositoriesWriteSql }],
          patterns: [{ group: ['kysely/*'], allowTypeImports: true, message: onlyRepositoriesWriteSql }],
        },
      ],
      'no-restricted-syntax': ['error', ...noSqlBuilder, ...noOwnTransactions],
    },
  },
  {
    // The runners are the one place that opens transactions.
    files: ['packages/server/src/kernel/**/*.ts', 'packages/server/src/jobs/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noSqlBuilder] },
  },
  {
    files: ['packages/server/src/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        group: ['**/services/**', '**/routes/**', '**/plugins/**', '**/jobs/**'],
        message:
          'the kernel (use-case runner, domain events, deps, policies, audit append) sits below every module: no services, routes, plugins or jobs.',
      }),
    },
  },
);
