// ESLint (flat config) with typescript-eslint: the recommended correctness
// rules, without the style rules that the current code does not follow.
// Formatting is Prettier's job (npm run format), layering dependency-cruiser's
// (npm run depcheck, .dependency-cruiser.cjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        setImmediate: 'readonly', queueMicrotask: 'readonly', performance: 'readonly',
        TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly',
        __dirname: 'readonly', require: 'readonly', module: 'writable', globalThis: 'readonly',
      },
    },
    rules: {
      // Unused names are errors, except the deliberate ones spelled with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Style only: an escape that changes nothing is harmless.
      'no-useless-escape': 'off',
    },
  },
  // Known, deliberate exceptions, one file each.
  // wink-nlp ships no types.
  { files: ['src/text/nlp.ts', 'src/text/english-tags.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // XML 1.0 forbids these control characters: the formatter removes them.
  { files: ['src/formatters/xml.ts'], rules: { 'no-control-regex': 'off' } },
  // A class of single invisible characters (ZWJ among them), not a joined sequence.
  { files: ['src/rules/punctuation-spacing.ts'], rules: { 'no-misleading-character-class': 'off' } },
  // `built ??=` keeps the value built while the file was checked.
  { files: ['src/names/yaml-data.ts'], rules: { 'no-useless-assignment': 'off' } },
  // Tests may use any for parsed JSON; benchmarks read getters to warm them.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['bench/**/*.mjs'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
);
