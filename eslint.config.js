// One linter for the whole repo: typescript-eslint with type-aware rules, plus the import
// boundaries of DESIGN.md (core imports nothing of ours; nothing imports server; routes →
// services → repositories).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ourPackages = ['@weerbaar/server', '@weerbaar/server/*', '@weerbaar/web', '@weerbaar/web/*'];

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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ourPackages, message: 'Nothing imports server or web.' }] },
      ],
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/**', '**/routes/**', '**/plugins/**'],
              message: 'repositories sit at the bottom: they import no services, routes or plugins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/routes/**', '**/plugins/**'],
              message: 'services do not know about HTTP: no routes or plugins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/repositories/**', 'kysely'], message: 'routes call services, never repositories or SQL.' },
          ],
        },
      ],
    },
  },
);
