// ESLint for the whole tree: `npm run lint`. Type-aware (typescript-eslint reads every tsconfig of
// the solution in tsconfig.json through its project service), the React hooks rules for the web app
// and its tests, and import rules that keep the web app's layers apart. Formatting is Prettier's job
// (`npm run format`); the one layout rule here is the 120-column limit on what Prettier cannot wrap:
// long strings and comments.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** Every folder under web/src/features is a feature; a new one is covered without touching this file. */
const features = readdirSync(`${root}/web/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The web app's layers: lib/ and components/ know nothing of features or app/; a feature is used
 * from outside its folder only through its public entry, web/src/features/<name>/index.ts, by other
 * features and by app/ alike (app/ composes the features and is the only layer that knows routes).
 * The entries cost nothing in the bundle: web/vite.config.ts declares them free of side effects, so a
 * lazily loaded page's chunk still holds only the modules it uses. Tests under tests/web may reach
 * inside a feature to test its parts.
 */
const webLayerZones = [
  ...features.map((feature) => ({
    target: ['web/src/!(features)/**', `web/src/features/!(${feature})/**`],
    from: `web/src/features/${feature}`,
    except: ['./index.ts'],
    message: `Import the ${feature} feature through its public entry, web/src/features/${feature}/index.ts.`,
  })),
  {
    target: ['web/src/features', 'web/src/components', 'web/src/lib'],
    from: 'web/src/app',
    message: 'app/ composes the features; nothing below it imports from it.',
  },
  {
    target: ['web/src/components', 'web/src/lib'],
    from: 'web/src/features',
    message: 'lib/ and components/ are shared by every feature and import none.',
  },
];

export default defineConfig([
  globalIgnores(['node_modules/', 'web/dist/', 'drizzle/migrations/', 'data/', 'docs-preview/', 'tests/.tmp/', 'tmp/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Lines over 120 columns go; Prettier wraps code at 120, so this catches strings and comments.
      // Core's max-len is deprecated in favour of @stylistic but kept until ESLint 11.
      'max-len': ['error', { code: 120, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A form's onSubmit={handleSubmit(...)} returns a promise that react-hook-form settles itself; elsewhere
      // (timers, event emitters, callbacks) a promise where nothing awaits it is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  // The web app and its tests: the Rules of Hooks and the layer boundaries above.
  {
    files: ['web/src/**/*.{ts,tsx}', 'tests/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['web/src/**/*.{ts,tsx}', 'tests/web/**/*.{ts,tsx}'],
    rules: {
      // Only says React Compiler would skip a component (react-hook-form's watch()); the app is not compiled by it.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: webLayerZones }],
    },
  },

  // Tests read JSON response bodies, which are `any` by nature: an assertion that reads a wrong field fails
  // the test, so the no-unsafe-* rules (about 650 hits there) and no-explicit-any only add casts.
  // Production code keeps them.
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // This file and any other plain JavaScript: not in a tsconfig, so no type information.
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
