/**
 * Heavy modules load only when a run needs them: the Markdown and HTML
 * parsers for .md/.html files, ajv only when a pack, language file
 * or configuration is not in the cache, diff only for --fix-dry-run diffs.
 * Checked on the built CLI in a child process that records every module it
 * loads (ES modules through a loader hook, CommonJS through require.cache).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'translint-lazy-'));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.LOADLOG, url + '\\n');
  return next(url, context);
}
`,
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  writeFileSync(
    join(dir, 'cjs-log.cjs'),
    `process.on('exit', () => require('node:fs').appendFileSync(process.env.LOADLOG, Object.keys(require.cache).join('\\n') + '\\n'));\n`,
  );
  writeFileSync(join(dir, 'a.txt'), 'The spokesman said Hifter had left the city on Monday.\n');
  writeFileSync(
    join(dir, 'long.txt'),
    'The spokesman said Hifter had left the city on Monday, and that the talks with the council would go on in the capital for the rest of the week.\n',
  );
  writeFileSync(join(dir, 'a.md'), '# Title\n\nThe spokesman said Hifter had left the city on Monday.\n');
  writeFileSync(join(dir, 'a.html'), '<p>The spokesman said Hifter had left the city on Monday.</p>\n');
});

/** Run the CLI; the modules it loaded (URLs and paths). */
function modulesLoaded(args: string[], env: Record<string, string> = {}): string {
  const log = join(dir, `log-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(
    process.execPath,
    ['--require', join(dir, 'cjs-log.cjs'), '--import', pathToFileURL(join(dir, 'register.mjs')).href, join(ROOT, 'bin/translint.js'), ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, LOADLOG: log, TRANSLINT_CACHE_DIR: join(dir, 'cache'), ...env } },
  );
  expect(r.status, r.stderr).toBe(0); // Hifter throughout: house style, a warning
  return readFileSync(log, 'utf8');
}

const MARKDOWN = /node_modules\/(mdast-util-from-markdown|micromark)\//;
const HTML = /node_modules\/htmlparser2\//;
const YAML = /node_modules\/yaml\//;
const AJV = /node_modules\/ajv\//;
const DIFF = /node_modules\/diff\//;
const WINK = /node_modules\/wink-/;
const FRANC = /node_modules\/franc\//;
const TABLE = /node_modules\/cli-table3\//;

describe('lazy loading of heavy modules', () => {
  it('a .txt file with cached packs loads no markup parser, no yaml, no ajv (no validation), no diff', () => {
    modulesLoaded(['a.txt', '--language', 'en']); // fills the cache
    const loaded = modulesLoaded(['a.txt', '--language', 'en']);
    expect(loaded).toMatch(/dist\/bundle\/main\.js/); // the log works
    for (const re of [MARKDOWN, HTML, YAML, AJV, DIFF]) expect(loaded).not.toMatch(re);
  });

  it('no NLP model without an odd-capitals candidate, no franc when function words settle the language, no table for -f compact', () => {
    modulesLoaded(['long.txt', '-f', 'compact']); // fills the cache
    const loaded = modulesLoaded(['long.txt', '-f', 'compact']);
    expect(loaded).toMatch(/dist\/bundle\/main\.js/);
    for (const re of [WINK, FRANC, TABLE]) expect(loaded).not.toMatch(re);
    // near-misses: a capitalised function word in mid-sentence loads the model
    writeFileSync(join(dir, 'odd.txt'), 'The spokesman said Hifter came In a convoy on Monday, and the talks with the council would go on in the capital for the rest of the week.\n');
    expect(modulesLoaded(['odd.txt', '-f', 'compact'])).toMatch(WINK);
    // a text of 20 words or more that function words do not settle loads franc; a shorter one keeps the default language
    writeFileSync(join(dir, 'names.txt'), 'Hifter, Sarraj, Misrata, Tripoli, Benghazi, Sirte, Jufra, Tobruk, Derna, Sabha, Zawiya, Zintan, Gharyan, Tarhuna, Brega, Kufra, Ghadames, Ajdabiya, Ubari, Murzuq, Ghat.\n');
    expect(modulesLoaded(['names.txt', '-f', 'compact'])).toMatch(FRANC);
    expect(modulesLoaded(['a.txt', '-f', 'compact'])).not.toMatch(FRANC);
  });

  it('with the cache off, the packs are parsed and validated (yaml and ajv loaded), still no markup parser', () => {
    const loaded = modulesLoaded(['a.txt', '--language', 'en'], { TRANSLINT_CACHE: '0' });
    expect(loaded).toMatch(YAML);
    expect(loaded).toMatch(AJV);
    expect(loaded).not.toMatch(MARKDOWN);
    expect(loaded).not.toMatch(HTML);
  });

  it('a .md file loads the Markdown parser, an .html file the HTML parser', () => {
    const md = modulesLoaded(['a.md', '--language', 'en']);
    expect(md).toMatch(MARKDOWN);
    expect(md).not.toMatch(HTML);
    const html = modulesLoaded(['a.html', '--language', 'en']);
    expect(html).toMatch(HTML);
    expect(html).not.toMatch(MARKDOWN);
  });
});
