import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// ---------------------------------------------------------------- import boundaries
// Which folder of src/ may import which, as `no-restricted-imports` patterns per folder. ESLint
// sees an import path as written, so the patterns are made for each depth of a file below its
// folder: "../" leaves src/app from src/app/sniff.ts, "../../" from src/app/x/y.ts.

const MAX_DEPTH = 3;
const up = (n) => "\\.\\./".repeat(n);
/** Leading "../" × n, or "./" for n = 0 (a sibling file). */
const from = (n) => (n === 0 ? "\\./" : up(n));
const names = (list) => `(${list.join("|")})(/|$)`;

/** Files exactly `depth` folders below src/<folder>/. */
const filesAt = (folder, depth) => [`src/${folder}/${"*/".repeat(depth)}*.{ts,tsx}`];

/** Node, the DOM, Office and React: none of them exists everywhere the shared code runs. */
const HOST_PACKAGES = {
  group: ["fs", "path", "node:*", "exceljs", "react", "react-dom", "@fluentui/*", "office-*"],
  message: "shared code runs in Excel, the browser and Node: no Node, DOM, Office, ExcelJS or React",
};

/**
 * Patterns keeping a file `depth` folders below src/<folder> (a path such as
 * "adapters/exceljs") to the folders of src/ in `allow` (itself included), or away from
 * those in `deny`.
 */
function leaving(folder, depth, { allow, deny, why }) {
  const segments = folder.split("/");
  const patterns = [];
  // Climbing out of a nested folder: only back down into it (adapters/exceljs → ../office is out).
  for (let j = 1; j < segments.length; j++) {
    const inside = segments.slice(segments.length - j).join("/");
    patterns.push({ regex: `^${up(depth + j)}(?!\\.\\./|${names([inside])})`, message: why });
  }
  const toSrc = up(depth + segments.length);
  if (allow) {
    const regex = allow.length === 0 ? `^${toSrc}` : `^${toSrc}(?!${names(allow)})`;
    patterns.push({ regex, message: why });
  }
  if (deny) patterns.push({ regex: `^${toSrc}${names(deny)}`, message: why });
  return patterns;
}

/** One config per depth, each with every pattern its files are held to (a later config's list would replace it). */
function layer(folder, rule, extra = () => []) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: filesAt(folder, depth),
    rules: {
      "no-restricted-imports": ["error", { patterns: [...leaving(folder, depth, rule), ...extra(depth)] }],
    },
  }));
}

const NO_PACKAGES = { regex: "^[^.]", message: "this folder is pure TypeScript: it imports no package" };

// The engine's stages, earliest first: a stage imports only itself and earlier ones. The first
// holds the grid, the types, the message schema and text/; index.ts, the entry, comes last.
// resolution (the targets a resolution states) reads them with parse, before evaluate; drift
// (those targets against the target table) runs before claims, which calls it on every text.
const ENGINE_STAGES = [
  "detect",
  "parse",
  "resolution",
  "evaluate",
  "checks",
  "summary",
  "drift",
  "claims",
  "report",
];
const ENGINE_OUT = {
  allow: [],
  why: "src/engine imports nothing outside src/engine: it runs in Excel, the browser and Node alike",
};

/** Patterns keeping a file `depth` folders below src/engine off the `later` stages and off index.ts. */
function laterStages(depth, later) {
  const message =
    "an engine stage imports no later stage (text → detect → parse → resolution → evaluate → checks → summary → drift → claims → report → index)";
  const toEngine = from(depth);
  const index = depth === 0 ? "^\\.(/|/index)?$" : `^${up(depth - 1)}\\.\\.(/|/index)?$`;
  const patterns = [{ regex: index, message }];
  if (later.length > 0) patterns.push({ regex: `^${toEngine}${names(later)}`, message });
  return patterns;
}

/** The configs of one stage's folder: nothing outside the engine, no package, no later stage. */
function engineStage(stage, later) {
  return Array.from({ length: MAX_DEPTH }, (_, k) => {
    const depth = k + 1;
    return {
      files: [`src/engine/${stage}/${"*/".repeat(depth - 1)}*.ts`],
      rules: {
        "no-restricted-imports": [
          "error",
          { patterns: [...leaving("engine", depth, ENGINE_OUT), NO_PACKAGES, ...laterStages(depth, later)] },
        ],
      },
    };
  });
}

/** The front ends each front end must not import. The page is the task pane over ExcelJS: it uses the pane's components. */
const OTHER_FRONT_ENDS = {
  cli: ["commands", "taskpane", "standalone"],
  commands: ["cli", "taskpane", "standalone"],
  taskpane: ["cli", "commands", "standalone"],
  standalone: ["cli", "commands"],
};

const boundaries = [
  // grid.ts, types.ts, messages.ts, then text/ with them; index.ts (last) may import every stage.
  {
    files: ["src/engine/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...leaving("engine", 0, ENGINE_OUT), NO_PACKAGES, ...laterStages(0, ENGINE_STAGES)] },
      ],
    },
  },
  {
    files: ["src/engine/index.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...leaving("engine", 0, ENGINE_OUT), NO_PACKAGES] }],
    },
  },
  ...engineStage("text", ENGINE_STAGES),
  ...ENGINE_STAGES.flatMap((stage, i) => engineStage(stage, ENGINE_STAGES.slice(i + 1))),
  ...layer(
    "i18n",
    { allow: ["engine", "i18n"], why: "src/i18n imports only src/engine (its types and number formatting)" },
    () => [NO_PACKAGES],
  ),
  ...layer(
    "app",
    {
      allow: ["engine", "i18n", "app"],
      why: "src/app, shared by every front end, imports no front end and no adapter",
    },
    () => [HOST_PACKAGES],
  ),
  ...["exceljs", "office"].flatMap((adapter) =>
    layer(`adapters/${adapter}`, {
      allow: ["engine", "i18n", "app", `adapters/${adapter}`],
      why: "an adapter imports the engine, src/i18n and src/app: no front end, no other adapter",
    }),
  ),
  ...Object.entries(OTHER_FRONT_ENDS).flatMap(([front, deny]) =>
    layer(front, { deny, why: `src/${front} imports no other front end (${deny.join(", ")})` }),
  ),
];

export default tseslint.config(
  { ignores: ["node_modules", "build", "dist", "artifacts", "coverage", "tests/support/file-stub.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/standalone/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // The engine is shared by Excel, the browser and Node: it must not reach for any of them.
    files: ["src/engine/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process", "require"],
    },
  },
  ...boundaries,
);
