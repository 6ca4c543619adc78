/**
 * The layers of src/, lowest first: a module may import from its own layer
 * and the layers below it, never from a layer above (`npm run depcheck`,
 * run by `npm run lint` and .ci/run). ARCHITECTURE.md describes each layer.
 *
 *   core (types, errors, io) <- text <- data (packs) <- match <- names, markup
 *   <- rules <- config <- engine <- runner <- formatters <- cli <- index.ts
 *
 * The runner is the part of src/cli that runs files (lint-files, fix-files,
 * the worker pool and workers, input reading, report streams); the rest of
 * src/cli is argument handling (main, discover, init, ci-options).
 *
 * KNOWN_WRONG_WAY lists the wrong-way imports that exist today, each to be
 * removed when the files move into the layered layout. Any other wrong-way
 * import fails the check. Remove an entry when its import is gone.
 */
const RUNNER = 'src/cli/(corpus-lines|failure|files|fix-file|fix-files|ignore|io|lint-files|lint-worker|pool|progress|read-input|replacements|report-file|report-output|report-render|worker)[.]ts$';

const LAYERS = [
  { name: 'core', path: '^src/(types|errors)[.]ts$|^src/io/' },
  { name: 'text', path: '^src/text/' },
  { name: 'data', path: '^src/packs/' },
  { name: 'match', path: '^src/match/' },
  { name: 'names-markup', path: '^src/(names|markup)/' },
  { name: 'rules', path: '^src/rules/' },
  { name: 'config', path: '^src/config/' },
  { name: 'engine', path: '^src/engine/' },
  { name: 'runner', path: `^${RUNNER}` },
  { name: 'formatters', path: '^src/formatters/' },
  { name: 'cli', path: '^src/cli/', pathNot: `^${RUNNER}` },
  { name: 'api', path: '^src/index[.]ts$' },
];

/** Today's wrong-way imports: [from, to]. */
const KNOWN_WRONG_WAY = [
  // text reads language data through the checked-data cache of packs
  ['src/text/lang-data.ts', 'src/packs/pack-cache.ts'],
  ['src/text/lang-data.ts', 'src/packs/yaml-source.ts'],
  // packs build their matchers with match's term and phrase matchers
  ['src/packs/entities.ts', 'src/match/term-matcher.ts'],
  ['src/packs/entities.ts', 'src/match/loose-names.ts'],
  // the furniture word lists are read like the language data (through the checked-data cache)
  ['src/text/furniture-data.ts', 'src/packs/yaml-source.ts'],
  ['src/text/furniture-data.ts', 'src/packs/pack-cache.ts'],
  ['src/packs/phrase-data.ts', 'src/match/phrase-matcher.ts'],
  ['src/packs/phrase-data.ts', 'src/match/safe-regex.ts'],
  // markup applies disable directives and takes Span from the engine's document
  ['src/markup/source.ts', 'src/engine/directives.ts'],
  ['src/markup/text-map.ts', 'src/engine/document.ts'],
  // the rule API and a rule import the engine's document model
  ['src/rules/rule.ts', 'src/engine/document.ts'],
  ['src/rules/odd-capitals.ts', 'src/engine/document.ts'],
  ['src/rules/entity-forms.ts', 'src/engine/document.ts'],
  // the runner renders reports with the formatters
  ['src/cli/report-render.ts', 'src/formatters/index.ts'],
  ['src/cli/replacements.ts', 'src/formatters/table.ts'],
  // the runner escapes control characters in the one-line failure messages as the formatters do
  ['src/cli/lint-files.ts', 'src/formatters/escape.ts'],
  ['src/cli/fix-files.ts', 'src/formatters/escape.ts'],
];

function higher(i) {
  return LAYERS.slice(i + 1);
}

const forbidden = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} must not import from ${higher(i).map((l) => l.name).join(', ')}`,
  severity: 'error',
  from: { path: layer.path, ...(layer.pathNot ? { pathNot: layer.pathNot } : {}) },
  to: { path: higher(i).map((l) => `(${l.path})`).join('|') },
}));
// The cli layer's `to` must not match the runner files (they are below it).
for (const rule of forbidden) {
  const i = LAYERS.findIndex((l) => `layer-${l.name}` === rule.name);
  if (higher(i).some((l) => l.name === 'cli')) rule.to.pathNot = `^${RUNNER}`;
}

function layerOf(file) {
  return LAYERS.find((l) => new RegExp(l.path).test(file) && !(l.pathNot && new RegExp(l.pathNot).test(file)));
}

const knownViolations = KNOWN_WRONG_WAY.map(([from, to]) => ({
  type: 'dependency',
  from,
  to,
  rule: { name: `layer-${layerOf(from).name}`, severity: 'error' },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...forbidden,
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to no file',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    knownViolations,
  },
};
