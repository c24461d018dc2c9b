// Lint rules for the VS Code client (TypeScript, type-aware).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'server/**', 'tests/**', 'client-vscode/package/dist/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: 'error',
      curly: 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      // Only vscodeapi.ts (lazily) and server.ts (through the language client) reach the
      // `vscode` runtime, so everything else loads in plain Node for unit tests.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Use vscodeapi.ts; import types with `import type`.', allowTypeImports: true }],
          patterns: [{ group: ['vscode-languageclient', 'vscode-languageclient/*'], message: 'Only server.ts uses the language client.' }],
        },
      ],
    },
  },
  {
    files: ['client-vscode/src/server.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // Plain JavaScript (the packaging script, the real-editor test and its helper
  // extension) is linted without type information, so it declares no types either.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs'], rules: { '@typescript-eslint/explicit-module-boundary-types': 'off' } },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['client-vscode/test/e2e/fixture-extension/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['client-vscode/test/**'],
    rules: {
      // node:test's describe/it return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
