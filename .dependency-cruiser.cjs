/**
 * The layers of src/, lowest first: a module may import from its own layer
 * and the layers below it, never from a layer above (`npm run depcheck`,
 * run by `npm run lint` and .ci/run). ARCHITECTURE.md describes each layer.
 *
 *   core (types, errors, io) <- text <- match <- data (packs) <- names, markup
 *   <- document <- rules <- config <- engine <- formatters <- runner <- cli
 *   <- index.ts
 *
 * The runner is the part of src/cli that runs files (lint-files, fix-files,
 * the worker pool and workers, input reading, report streams); the rest of
 * src/cli is argument handling (main, discover, init, ci-options).
 *
 * KNOWN_WRONG_WAY lists wrong-way imports still to be removed; it is empty,
 * and any wrong-way import fails the check.
 */
const RUNNER = 'src/cli/(corpus-lines|failure|files|fix-file|fix-files|ignore|io|lint-files|lint-worker|pool|progress|read-input|replacements|report-file|report-output|report-render|worker)[.]ts$';

const LAYERS = [
  { name: 'core', path: '^src/(types|errors)[.]ts$|^src/io/' },
  { name: 'text', path: '^src/text/' },
  { name: 'match', path: '^src/match/' },
  { name: 'data', path: '^src/packs/' },
  { name: 'names-markup', path: '^src/(names|markup)/' },
  { name: 'document', path: '^src/document/' },
  { name: 'rules', path: '^src/rules/' },
  { name: 'config', path: '^src/config/' },
  { name: 'engine', path: '^src/engine/' },
  { name: 'formatters', path: '^src/formatters/' },
  { name: 'runner', path: `^${RUNNER}` },
  { name: 'cli', path: '^src/cli/', pathNot: `^${RUNNER}` },
  { name: 'api', path: '^src/index[.]ts$' },
];

/** Wrong-way imports still to be removed: [from, to]. */
const KNOWN_WRONG_WAY = [];

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
