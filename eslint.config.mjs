// Lint: ESLint's and typescript-eslint's recommended rules, lightly configured; the layout of the
// code is Prettier's (`npm run format`), so no rule here is about style.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Built, downloaded or generated: dist/, the extension host's compiled tests and its VS Code, the fixtures.
  { ignores: ['dist/', 'node_modules/', '.vscode-test/', 'test/extension-host/out/', 'test-fixtures/', 'schemas/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.mocha } } },
  // CommonJS files (mocha's hooks, the network guard) load with require.
  { files: ['**/*.cjs', '**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
