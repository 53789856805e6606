// @ts-check
/**
 * ESLint flat config: typescript-eslint everywhere, React hooks in the renderer, and the
 * process boundaries of design.md enforced with no-restricted-imports:
 *
 *   shared/, renderer/   no Node built-ins, no electron, no registry libraries
 *   registry-js, native-reg   only in electron/sources/live-registry.ts
 *   electron             not in electron/services, electron/sources, electron/cli, electron/preview
 *   ipcMain              only in electron/main/ipc/typed-ipc.ts
 *   ipcRenderer          only in electron/preload/
 *   Fluent UI            only the suite '@fluentui/react-components' and '@fluentui/react-icons'
 *
 * and, with no-restricted-syntax, that PowerShell is only written through the ps`` template of
 * shared/generate/powershell.ts (which quotes every piece of data), never in plain strings.
 *
 * Flat config replaces (does not merge) a rule's options when several blocks match a file,
 * so each file gets exactly one no-restricted-imports block: the zones below do not overlap.
 */

import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- restriction building blocks -------------------------------------------------------

const NODE_BUILTINS = {
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: 'No Node built-ins here: shared/, renderer/ and the sandboxed preload run without Node.' })),
  patterns: [{ regex: '^node:', message: 'No Node built-ins here: shared/, renderer/ and the sandboxed preload run without Node.' }],
};
const ELECTRON = {
  paths: [],
  patterns: [{ regex: '^electron(/|$)', message: 'Only electron/main and electron/preload may import electron; pass what you need in.' }],
};
const REGISTRY_JS = {
  paths: ['registry-js', 'native-reg'].map((name) => ({
    name,
    message: `${name} is imported only by electron/sources/live-registry.ts (the live source); use a RegistrySource.`,
  })),
  patterns: [],
};
const IPC_MAIN = {
  paths: ['electron', 'electron/main'].map((name) => ({
    name,
    importNames: ['ipcMain'],
    message: 'Use electron/main/ipc/typed-ipc.ts; it is the only module that touches ipcMain (sender checks, schemas).',
  })),
  patterns: [],
};
const IPC_RENDERER = {
  paths: ['electron', 'electron/renderer'].map((name) => ({
    name,
    importNames: ['ipcRenderer'],
    message: 'ipcRenderer belongs to electron/preload only; the renderer talks to window.api through renderer/ipc/client.ts.',
  })),
  patterns: [],
};
const UI_LIBS = {
  paths: ['react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'UI libraries belong to renderer/.' })),
  patterns: [{ regex: '^(@fluentui/|react-dom/|react/)', message: 'UI libraries belong to renderer/.' }],
};
const FLUENT_SUITE_ONLY = {
  paths: [],
  patterns: [
    {
      regex: '^@fluentui/(?!react-components$|react-icons$)',
      message: "Import Fluent UI from the suite '@fluentui/react-components' (or '@fluentui/react-icons'), never from sub-packages.",
    },
  ],
};

/** One no-restricted-imports setting made of the given blocks. */
function restrict(...blocks) {
  // Paths with the same module name (electron for ipcMain and ipcRenderer) must be merged.
  const byName = new Map();
  for (const p of blocks.flatMap((b) => b.paths)) {
    const existing = byName.get(p.name);
    if (existing && existing.importNames && p.importNames) {
      existing.importNames = [...existing.importNames, ...p.importNames];
      existing.message = `${existing.message} / ${p.message}`;
    } else if (!existing) {
      byName.set(p.name, { ...p, ...(p.importNames ? { importNames: [...p.importNames] } : {}) });
    }
  }
  return ['error', { paths: [...byName.values()], patterns: blocks.flatMap((b) => b.patterns) }];
}

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** PowerShell code in a plain string or untagged template: data could become code there. */
const POWERSHELL_CODE = String.raw`/\$ErrorActionPreference|\$_\.|\| *Where-Object|-RegistryKeyword|Start-Process -|-EncodedCommand|Invoke-Command -/`;
const NO_HAND_WRITTEN_POWERSHELL = [
  {
    selector: `TemplateLiteral:not(TaggedTemplateExpression > TemplateLiteral) > TemplateElement[value.raw=${POWERSHELL_CODE}]`,
    message: 'Write PowerShell with ps`…` from shared/generate/powershell.ts, which quotes every value.',
  },
  {
    selector: `Literal[value=${POWERSHELL_CODE}]`,
    message: 'Write PowerShell with ps`…` from shared/generate/powershell.ts, which quotes every value.',
  },
];
/** Where no-restricted-syntax applies the PowerShell check alone (other blocks add it to theirs). */
const POWERSHELL_CHECKED = ['electron/**', 'shared/**', 'scripts/**/*.{ts,mjs,js,cjs}'];
const POWERSHELL_UNCHECKED = [...TESTS, 'shared/generate/**', 'electron/main/**', '**/test-support/**'];

/** The zones: every linted file falls into exactly one. */
const zones = [
  { name: 'shared', files: ['shared/**'], ignores: TESTS, rule: restrict(NODE_BUILTINS, ELECTRON, REGISTRY_JS, UI_LIBS) },
  // Tests of shared/ may read fixtures from disk; the rest still applies.
  { name: 'shared tests', files: TESTS.map((t) => `shared/${t}`), rule: restrict(ELECTRON, REGISTRY_JS, UI_LIBS) },
  { name: 'renderer', files: ['renderer/**'], ignores: TESTS, rule: restrict(NODE_BUILTINS, ELECTRON, REGISTRY_JS, FLUENT_SUITE_ONLY) },
  { name: 'renderer tests', files: TESTS.map((t) => `renderer/${t}`), rule: restrict(ELECTRON, REGISTRY_JS, FLUENT_SUITE_ONLY) },
  {
    name: 'electron-free back end',
    files: ['electron/services/**', 'electron/sources/**', 'electron/cli/**', 'electron/preview/**'],
    ignores: ['electron/sources/live-registry.ts'],
    rule: restrict(ELECTRON, REGISTRY_JS, UI_LIBS),
  },
  { name: 'live registry', files: ['electron/sources/live-registry.ts'], rule: restrict(ELECTRON, UI_LIBS) },
  {
    name: 'main',
    files: ['electron/main/**'],
    ignores: ['electron/main/ipc/typed-ipc.ts'],
    rule: restrict(IPC_MAIN, IPC_RENDERER, REGISTRY_JS, UI_LIBS),
  },
  { name: 'typed ipc', files: ['electron/main/ipc/typed-ipc.ts'], rule: restrict(IPC_RENDERER, REGISTRY_JS, UI_LIBS) },
  // Sandboxed preload: only 'electron' can be required at runtime.
  { name: 'preload', files: ['electron/preload/**'], ignores: TESTS, rule: restrict(NODE_BUILTINS, IPC_MAIN, REGISTRY_JS, UI_LIBS) },
  { name: 'preload tests', files: TESTS.map((t) => `electron/preload/${t}`), rule: restrict(IPC_MAIN, REGISTRY_JS, UI_LIBS) },
  {
    name: 'everything else',
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    ignores: ['shared/**', 'renderer/**', 'electron/**'],
    rule: restrict(REGISTRY_JS),
  },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'reports/**', '.cache/**', '.vite/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // CommonJS files.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**', 'scripts/**', 'e2e/**', 'bench/**', 'build/**', '*.config.{js,ts,mjs}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: POWERSHELL_CHECKED,
    ignores: POWERSHELL_UNCHECKED,
    rules: { 'no-restricted-syntax': ['error', ...NO_HAND_WRITTEN_POWERSHELL] },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_HAND_WRITTEN_POWERSHELL,
        {
          selector: 'ImportDeclaration[source.value=/^@fluentui\\//] > ImportNamespaceSpecifier',
          message: 'Import named exports from Fluent UI; `import * as` defeats tree-shaking.',
        },
      ],
    },
  },
  // Main → renderer messages go through the typed, isDestroyed-checking send() wrapper.
  {
    files: ['electron/main/**'],
    ignores: ['electron/main/ipc/typed-ipc.ts', ...TESTS],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_HAND_WRITTEN_POWERSHELL,
        {
          selector: "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']",
          message: 'Use send() from electron/main/ipc/typed-ipc.ts (typed by EventChannels, checks isDestroyed).',
        },
      ],
    },
  },
  // Type-aware checks where a dropped promise means a silent failure in the main process.
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  ...zones.map((zone) => ({
    name: `boundaries/${zone.name}`,
    files: zone.files,
    ...(zone.ignores ? { ignores: zone.ignores } : {}),
    rules: { 'no-restricted-imports': zone.rule },
  })),
);
