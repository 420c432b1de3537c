// ESLint over everything we write: the extension (entrypoints, components, adapters, lib), its tests, benches,
// scripts and the demo pages' sources. `npm run lint`, run by `npm test` after the type check.
//
// The regexp plugin is here first of all for untrusted text: customer messages, subjects and pages go through
// dozens of regexes, and one with super-linear backtracking stalls the worker, the panel or the helpdesk page
// (issue 14). `regexp/no-super-linear-backtracking` and `regexp/no-super-linear-move` are errors, so such a regex
// cannot come back.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['node_modules/', '.output/', '.wxt/', 'demo/dist/', 'test-results/', 'playwright-report/', 'reports/', 'bench-output/', 'demo-output/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx', 'lib/hooks/**/*.ts', '**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
);
