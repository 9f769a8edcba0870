// @ts-check
/**
 * ESLint flat config. `npm run lint` = `eslint --max-warnings 0 .`
 *
 * - typescript-eslint `recommendedTypeChecked` on every TS file, with type
 *   information from the tsconfigs (`projectService` follows tsconfig.json's
 *   references, so a new TS file must fall under one of their `include`s).
 *   It catches promises nobody awaits or handles (no-floating-promises), async
 *   functions where a void callback is expected (no-misused-promises),
 *   `await` on non-promises, needless assertions, `[object Object]` in strings.
 *   Left off: `require-await` (its findings were all async implementations of
 *   promise-returning ports and fakes with a synchronous body, where `async`
 *   is wanted: a throw becomes a rejection), and the `no-unsafe-*` rules in
 *   tests/ (vitest's asymmetric matchers, `expect.objectContaining()`,
 *   `expect.stringMatching()`, are typed `any`, as are parsed JSON fixtures).
 *   JS files get the syntax-only rules (`disableTypeChecked`). Type-aware lint
 *   builds the programs, so it takes about as long as `npm run typecheck`;
 * - react-hooks for the renderer;
 * - globals per area: Node for electron/, tests/ and tooling, the browser for
 *   renderer/, none for shared/ (it must run on both sides);
 * - `layers/dependency-direction` (electron/tools/eslint/) enforces the
 *   dependency direction of README.md "Architecture" (docs/ARCHITECTURE.md).
 *
 * Formatting belongs to Prettier (`npm run format:check`). The presets used
 * here enable no stylistic rules (eslint-config-prettier is not installed;
 * the one rule it would switch off is switched off below), so the two never
 * fight.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './electron/tools/eslint/plugin.mjs';

const ALL_SOURCES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** Every renderer file is held to "no literal strings" (docs/I18N.md). */
const I18N_CHECKED = ['renderer/src/**/*.{ts,tsx}'];
/**
 * ...except the diagnostics text, English on purpose like the log: it goes into
 * a bug report the developers read, whatever the user's language.
 */
const I18N_EXEMPT = ['renderer/src/settings/diagnostics-text.ts'];

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.cache/']),

  { files: ALL_SOURCES, extends: [js.configs.recommended] },
  tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.{ts,mts,cts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // Left off, see the top of this file.
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['tests/**/*.{ts,mts,cts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs,jsx}'], extends: [tseslint.configs.disableTypeChecked] },

  {
    files: ALL_SOURCES,
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Prettier owns line breaks; this is the one rule of the presets that
      // eslint-config-prettier would switch off.
      'no-unexpected-multiline': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Globals per area.
  {
    // Node side, tests and tooling (config files at the root, scripts).
    files: ['electron/**', 'tests/**', '*.{js,mjs,cjs,ts,mts,cts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // shared/ gets no host globals at all; the layering rule also rejects them.
  {
    // The renderer and the preload ship without zod (about 30 KB gzipped): the
    // backend validates every payload, so they take only types from the schema
    // modules and values from their zod-free companions.
    files: ['renderer/**/*.{ts,tsx}', 'electron/electron-host/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^zod|(ipc-contract|-schema)$',
              allowTypeImports: true,
              message:
                'Import types only: values come from zod-free modules (ipc-api, ipc-channels, *-model, content/exercises, content/tips).',
            },
            {
              regex: '(^|/)settings/',
              allowTypeImports: true,
              message: "The Settings window ships zod: load it with import() (App.tsx's lazy()), never statically.",
            },
          ],
        },
      ],
    },
  },
  {
    // ...but the lazily loaded Settings window validates with the shared schema
    // as the user types; a test checks zod stays out of the main bundle.
    files: ['renderer/src/settings/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },

  {
    // The scheduling engine holds no words: it emits intents, and the host puts
    // them into the user's language (docs/SCHEDULING.md, "Effects"). Type
    // imports count too; tests/unit/engine-imports.test.ts checks the whole
    // import graph.
    files: ['shared/scheduling/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)i18n(/|$)',
              message:
                'The engine emits intents without words: the host translates them (renderNotification in shared/notification-content.ts).',
            },
            {
              regex: '(^|/)(notification-content|tray-menu|content/localized|program/program-text)$',
              message:
                'Text belongs to the host: the engine emits intents and data, shared/notification-content.ts words them.',
            },
          ],
        },
      ],
    },
  },

  {
    // Every visible string goes through i18next (docs/I18N.md): no literal
    // text in the renderer, in JSX or in constants. Allowed: class names, ids,
    // kebab-case tokens, code-like strings, and arguments of the calls below.
    files: I18N_CHECKED,
    ignores: I18N_EXEMPT,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'all',
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'htmlFor',
              'role',
              'name',
              'href',
              'rel',
              'target',
              'd',
              'viewBox',
              'fill',
              'stroke.*',
              'points',
              'transform',
              'data-.*',
              'aria-live',
              'aria-current',
              'aria-hidden',
              'aria-haspopup',
              'autoComplete',
              'inputMode',
              'lang',
              'dir',
              'method',
              'scope',
              'preserveAspectRatio',
              'dataKey',
              'textAnchor',
              'dominantBaseline',
              'accept',
              'download',
              'src',
              'mode',
              'orientation',
              'layout',
              'xmlns',
              'fontWeight',
              'wrap',
              'step',
              'pattern',
              'spellCheck',
              'keys', // key names for aria-keyshortcuts (renderer/src/player/PlayerButton.tsx)
            ],
          },
          words: {
            exclude: [
              '^[0-9!-/:-@[-`{-~\\s]+$', // numbers and punctuation
              '^[a-z][a-zA-Z0-9]*$', // one code word: 'dashboard', 'onStateChanged'
              '^[a-z0-9]+([-_:./][a-z0-9]+)+$', // tokens: 'low-back', 'app:state', 'a.b'
              '^[A-Z_][A-Z0-9_-]*$', // CONSTANTS
              '^#', // hashes
              '^[a-z-]+(\\s+[a-z-]+--?[a-z-]+)+$', // class lists: 'button button--quiet'
            ],
          },
          callees: {
            exclude: [
              't',
              'i18n(ext)?',
              'require',
              'import',
              'addEventListener',
              'removeEventListener',
              'getElementById',
              'querySelector(All)?',
              'console\\.(log|warn|error|info|debug)',
              'Error',
              'TypeError',
              'RangeError',
              'performance\\.(mark|measure|getEntriesByName)',
              'createElement',
              'setAttribute',
              'getAttribute',
              'includes',
              'indexOf',
              'endsWith',
              'startsWith',
              'split',
              'join',
              'replace',
              'matchMedia',
              'reportFailure',
              'useHistory',
              'switchLanguage',
              'saveTextFile', // a file name and a MIME type
              'Intl\\..*',
              'toLocale.*',
              'URLSearchParams',
              'get',
              'set',
              'has',
              'delete',
              'dispatchEvent',
              'CustomEvent',
              'postMessage',
              'WebSocket',
              'URL',
            ],
          },
          'object-properties': { exclude: ['[A-Z_-]+', 'type', 'kind', 'id', 'className', 'key', 'view', 'source'] },
          'should-validate-template': true,
        },
      ],
    },
  },

  // React hooks (the hooks live in .ts files too, e.g. use-app-state.ts).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // `load()` sets state only after `await`ing the API, i.e. not synchronously
    // in the effect; the rule does not see past the await yet
    // (facebook/react#34905). Keep this list to files with that exact shape.
    files: ['renderer/src/use-app-state.ts'],
    rules: { 'react-hooks/set-state-in-effect': 'off' },
  },

  // Dependency direction (README.md "Architecture", docs/ARCHITECTURE.md).
  {
    files: ALL_SOURCES,
    plugins: { layers },
    rules: {
      'layers/dependency-direction': [
        'error',
        {
          root: import.meta.dirname,
          aliases: { '@shared/': 'shared/' },
          // npm packages that only work on one host: shared/ may not use them.
          sharedDeniedPackages: ['electron-store', 'conf', 'node-notifier', 'ws', 'react-dom'],
        },
      ],
    },
  },
  {
    // The recording stand-in for the `electron` module used by the boot test
    // (docs/ARCHITECTURE.md) is the one other place allowed to touch `electron`.
    files: ['tests/helpers/electron-standin/**'],
    rules: { 'layers/dependency-direction': 'off' },
  },
]);
