import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Playwright's fixtures call `use()`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Prettier owns layout; this switches off the stylistic rules that would fight it.
  prettier,
  {
    // Prettier wraps code but not strings, comments or regular expressions: those are held here.
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true }] },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'lib/generated/**',
    // What a stopped mutation run leaves behind (npm run test:mutation), and its reports.
    '.stryker-tmp/**',
    'reports/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    'tests/.tmp*/**',
    '.cluster/**',
  ]),
]);
