/**
 * Issue 15: what translint reads (packs, configs, inputs, the cache) and what
 * it prints: never trusting a shared cache, strict decoding, bounded reads,
 * no secrets or terminal escapes echoed, a linear-time pattern engine.
 */
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/pool.js';
import { firstInvalidUtf8 } from '../../src/io/read-file.js';
import { compact } from '../../src/formatters/compact.js';
import { stylish } from '../../src/formatters/stylish.js';
import { escapeControl } from '../../src/formatters/escape.js';
import { compileUserPattern, regexProblem } from '../../src/match/safe-regex.js';
import { cacheDir, cacheKey, defaultCacheDir, pruneCache, readCached, writeCached } from '../../src/io/pack-cache.js';
import { loadPackFile } from '../../src/packs/load-pack.js';
import type { LintResult } from '../../src/types.js';
import { cli, project, read, tempDir } from '../fix/helpers.js';

const saved = { ...process.env };
beforeEach(() => {
  delete process.env.TRANSLINT_CACHE_DIR;
  delete process.env.TRANSLINT_CACHE;
});
afterEach(() => {
  for (const k of ['TRANSLINT_CACHE_DIR', 'TRANSLINT_CACHE', 'XDG_CACHE_HOME', 'HOME', 'TRANSLINT_MAX_FILE_SIZE']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const PACK = (variant: string) => `pack: house\nentities:\n  - id: a\n    type: person\n    canonical: { en: Marchand }\n    variants: [${variant}]\n`;

describe('the pack cache is safe on a shared machine', () => {
  it('lives in XDG_CACHE_HOME/translint (else ~/.cache/translint), created 0700; never in the shared temporary folder', () => {
    const home = tempDir();
    process.env.XDG_CACHE_HOME = join(home, 'xdg');
    expect(defaultCacheDir()).toBe(join(home, 'xdg', 'translint'));
    expect(cacheDir()).toBe(join(home, 'xdg', 'translint'));
    expect(fs.statSync(join(home, 'xdg', 'translint')).mode & 0o777).toBe(0o700);
    delete process.env.XDG_CACHE_HOME;
    process.env.HOME = home;
    expect(defaultCacheDir()).toBe(join(home, '.cache', 'translint'));
  });

  it('a cache folder that is a symbolic link (planted by someone else) is not used', () => {
    const home = tempDir();
    const theirs = join(home, 'theirs');
    fs.mkdirSync(theirs, { mode: 0o700 });
    fs.mkdirSync(join(home, 'xdg'));
    fs.symlinkSync(theirs, join(home, 'xdg', 'translint'));
    process.env.XDG_CACHE_HOME = join(home, 'xdg');
    expect(cacheDir()).toBeUndefined();
  });

  it('a cache folder others can write to is not used', () => {
    const dir = join(tempDir(), 'cache');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o777);
    process.env.TRANSLINT_CACHE_DIR = dir;
    expect(cacheDir()).toBeUndefined();
    fs.chmodSync(dir, 0o700);
    process.env.TRANSLINT_CACHE_DIR = `${dir}/`; // a new setting: looked at again
    expect(cacheDir()).toBe(`${dir}/`);
  });

  it('an entry whose content does not match its recorded hash is not read (a planted or torn entry)', () => {
    const dir = join(tempDir(), 'cache');
    process.env.TRANSLINT_CACHE_DIR = dir;
    const file = join(tempDir(), 'p.yaml');
    fs.writeFileSync(file, PACK('Mar'));
    loadPackFile(file);
    const key = cacheKey('pack', fs.readFileSync(file));
    const entry = join(dir, `${key}.json`);
    expect(readCached(key)).toBeDefined();
    // someone rewrites the data (variant 'March') without the hash
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/Mar(?!chand)/, 'Maz'));
    expect(readCached(key)).toBeUndefined();
    expect(fs.readFileSync(entry, 'utf8')).toContain('Maz');
    expect(JSON.stringify(loadPackFile(file).data)).not.toContain('Maz');
  });

  it('an entry that is a symbolic link is not followed', () => {
    const dir = join(tempDir(), 'cache');
    process.env.TRANSLINT_CACHE_DIR = dir;
    const key = 'a'.repeat(64);
    writeCached(key, { x: 1 });
    expect(readCached(key)).toEqual({ x: 1 });
    const other = 'b'.repeat(64);
    fs.symlinkSync(join(dir, `${key}.json`), join(dir, `${other}.json`));
    expect(readCached(other)).toBeUndefined();
  });

  it('pruning removes only its own entries: other *.json files in the folder stay', () => {
    const dir = join(tempDir(), 'cache');
    fs.mkdirSync(dir, { mode: 0o700 });
    fs.writeFileSync(join(dir, 'their-settings.json'), '{}');
    for (let i = 0; i < 5; i++) fs.writeFileSync(join(dir, `${String(i).repeat(64)}.json`), 'x');
    pruneCache(dir, { entries: 1, bytes: 1 });
    expect(fs.readdirSync(dir).sort()).toEqual([`${'4'.repeat(64)}.json`, 'their-settings.json']);
  });

  it('the key depends on the build: a different build stamp is a different key', async () => {
    const { buildStamp } = await import('../../src/io/pack-cache.js');
    expect(buildStamp()).toMatch(/^\d+:(src:)?[0-9a-f:.]+$/);
    expect(cacheKey('pack', 'x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('packs and configurations', () => {
  it('a Latin-1 pack is refused naming the file and line (never read as "March\\uFFFD")', async () => {
    const dir = project({ 'a.txt': 'In March the talks resumed.\n' });
    fs.writeFileSync(join(dir, 'latin1.yaml'), Buffer.from(PACK('March\xe9').replace('Marchand', 'Marché'), 'latin1'));
    const r = await cli(['--rules', 'latin1.yaml', '--fix', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/latin1\.yaml:5: not UTF-8 \(invalid byte at offset \d+\): save the file as UTF-8/);
    expect(read(dir, 'a.txt')).toBe('In March the talks resumed.\n');
  });

  it('a pack that is a FIFO or /dev/zero is refused at once (no hang, no memory growth)', async () => {
    const dir = project({ 'a.txt': 'Hifter met Haftar.\n' });
    execFileSync('mkfifo', [join(dir, 'pack.yaml')]);
    const r = await cli(['--rules', 'pack.yaml', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pack\.yaml: a FIFO \(named pipe\), not a regular file: not read/);
    const z = await cli(['--rules', '/dev/zero', 'a.txt'], dir);
    expect(z.code).toBe(2);
    expect(z.err).toMatch(/\/dev\/zero: a character device, not a regular file: not read/);
  });

  it('errors do not echo what a non-pack file holds (a pack path pointing at a secret)', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n', 'shadow': 'root:$6$s3cr3tHash0123456789:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n' });
    const r = await cli(['--rules', 'shadow', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/s3cr3t/);
    expect(r.err).toMatch(/shadow:1/);
  });

  it('a lone surrogate in a pack string is refused (never written into files as U+FFFD)', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n' });
    fs.writeFileSync(join(dir, 'p.yaml'), 'pack: p\nentities:\n  - id: a\n    type: person\n    canonical: { en: "Haftar" }\n    variants: ["Hifter\\ud800"]\n');
    const r = await cli(['--rules', 'p.yaml', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.yaml:6:\d+: a string with a lone surrogate/);
  });

  it('a YAML alias bomb is one line, exit 2, no stack trace', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n' });
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`);
    fs.writeFileSync(join(dir, 'bomb.yaml'), `pack: bomb\n${bomb.join('\n')}\n`);
    const r = await cli(['--rules', 'bomb.yaml', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bomb\.yaml: invalid YAML: /);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('a baseline from a later version says so', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n', 'b.json': '{"translint": "baseline", "version": 2, "findings": []}\n' });
    const r = await cli(['--baseline', 'b.json', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/b\.json: baseline version 2 was written by a later translint \(this one reads version 1\)/);
  });
});

describe('inputs', () => {
  it('invalid UTF-8 of every kind is reported at an offset inside the file', () => {
    for (const bytes of [[0x41, 0xc0, 0x80], [0x41, 0x0a, 0xed, 0xa0, 0x80], [0x41, 0xf4, 0x90, 0x80, 0x80], [0x41, 0xe0, 0x80, 0x80], [0x41, 0xf0, 0x80, 0x80, 0x80], [0x41, 0xe2, 0x82]]) {
      const at = firstInvalidUtf8(Uint8Array.from(bytes));
      expect(at, bytes.join(',')).toBeGreaterThanOrEqual(0);
      expect(at, bytes.join(',')).toBeLessThan(bytes.length);
      expect(bytes[at], bytes.join(',')).toBeGreaterThanOrEqual(0x80);
    }
    expect(firstInvalidUtf8(Buffer.from('Haftar é 😀 ok'))).toBe(-1);
  });

  it('the CLI names the line of an encoded surrogate', async () => {
    const dir = project({ 'a.txt': Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xed, 0xa0, 0x80]) });
    const r = await cli(['a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.txt:3: not UTF-8 text \(invalid byte at offset 4\)/);
  });

  it('UTF-16 is named as such', async () => {
    const dir = project({ 'a.txt': Buffer.from('\ufeffHifter\n', 'utf16le') });
    const r = await cli(['a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.txt:1: UTF-16 text \(byte order mark FF FE\): not linted; convert it to UTF-8/);
  });

  it('a file above the size limit is refused before it is read, naming the limit', async () => {
    process.env.TRANSLINT_MAX_FILE_SIZE = '1000';
    const dir = project({ 'big.txt': 'Hifter. '.repeat(200), 'small.txt': 'Hifter.\n' });
    const r = await cli(['big.txt', 'small.txt', '-f', 'compact'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big\.txt: file too large \(0\.0 MiB; the limit is 0\.0 MiB\): not read/);
    expect(r.out).toMatch(/small\.txt:1:1/);
  });

  it('--language takes a lower-case two-letter code or auto', async () => {
    const dir = project({ 'a.txt': 'Hifter met Haftar.\n' });
    for (const bad of ['klingon', 'EN']) {
      const r = await cli(['--language', bad, 'a.txt'], dir);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--language takes a two-letter ISO 639-1 code in lower case/);
    }
    expect((await cli(['--language', 'auto', 'a.txt'], dir)).code).toBe(1);
  });

  it('discover --write into a folder or a missing folder is refused before the work', async () => {
    const dir = project({ 'a.txt': 'Hifter met Haftar.\n' });
    fs.mkdirSync(join(dir, 'out'));
    const a = await cli(['discover', 'a.txt', '--write', 'out', '--force'], dir);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/out: a directory: not written/);
    const b = await cli(['discover', 'a.txt', '--write', 'missing/draft.yaml'], dir);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/draft\.yaml: cannot write: its folder does not exist/);
    expect(a.out + b.out).toBe('');
  });

  it('--workers is bounded, and never more threads than files', () => {
    expect(() => threadCount('100000', 10)).toThrow(/--workers takes a whole number from 1 to 64/);
    expect(threadCount('8', 1)).toBe(1);
    expect(threadCount('8', 3)).toBe(3);
    expect(threadCount('8', 100)).toBe(8);
  });
});

describe('output escapes control characters', () => {
  const result = (filePath: string, message: string): LintResult => ({
    filePath,
    messages: [{ ruleId: 'repeated-words', severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }) as unknown as LintResult;
  const osc52 = '\x1b]52;c;ZWNobyBwd25lZA==\x07';
  const clear = '\x1b[2J';

  it('in stylish and compact: messages and file names', () => {
    const r = [result(`/tmp/evil${clear}.txt`, `'${osc52}paragraph printed twice' ${'\u202e'}`)];
    for (const out of [stylish(r, { color: false, cwd: '/' }), compact(r, { color: false, cwd: '/' })]) {
      // eslint-disable-next-line no-control-regex -- the characters that must not reach a terminal
      expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
      expect(out).toContain('\\x1B]52;c;ZWNobyBwd25lZA==\\x07');
      expect(out).toContain('evil\\x1B[2J.txt');
      expect(out).toContain('\\u{202E}');
    }
  });

  it('the CLI: an article with an escape sequence quoted by a rule', async () => {
    const dir = project({ 'a.txt': `Khalifa Hifter${clear} met.\n` });
    const r = await cli(['a.txt'], dir);
    expect(r.out).not.toContain('\x1b');
    expect(escapeControl('tab\tstays')).toBe('tab\tstays');
  });
});

describe('pack patterns run in linear time', () => {
  it('`.*\\s.*\\s.*zzz` on a 4,900-character line finishes (JavaScript backtracking takes minutes)', () => {
    expect(regexProblem('.*\\s.*\\s.*zzz')).toBeUndefined();
    const p = compileUserPattern('.*\\s.*\\s.*zzz', { ignoreCase: true, bounds: 'word' });
    const line = 'a '.repeat(2450);
    expect([...p[Symbol.matchAll](line)]).toEqual([]);
    expect([...p[Symbol.matchAll](`${line}zzz`)].map((m) => m.index)).toEqual([0]);
  }, 30_000);

  it('the calque rule with such a pattern lints a long line', async () => {
    const dir = project({ 'a.txt': `${'word '.repeat(980)}\n` });
    fs.writeFileSync(join(dir, 'mt.yaml'), 'pack: slow\ncalques:\n  - regex: ".*\\\\s.*\\\\s.*zzz"\n    use: x\n    note: a test\n');
    fs.writeFileSync(join(dir, 'translint.config.yaml'), 'language: en\npacks: [./mt.yaml]\n');
    const r = await cli(['a.txt', '-f', 'compact'], dir);
    expect(r.err).toBe('');
  }, 60_000);

  it('matches as JavaScript does: word bounds, groups, case, \\s, a final negative lookahead', () => {
    const cases: Array<[string, boolean, string]> = [
      ['since (days|weeks|months)(?! of| ago)', true, 'Since days we wait; since weeks ago; since months of talks; since monthsx'],
      ['according to what came in (a|the) statement', true, 'According to what came in the statement, and according to what came in a statement.'],
      ['on several axes', false, 'On several axes and on several axes.'],
      ['\\d+\\s?km', true, '5 km and 10\u00a0km and 7km and x5km'],
      ['(?:©|copyright)[^\\n]{0,80}all rights reserved\\.?', true, '© 2020 Libya News. All rights reserved.'],
    ];
    for (const [source, ignoreCase, text] of cases) {
      const js = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, ignoreCase ? 'giu' : 'gu');
      const ours = compileUserPattern(source, { ignoreCase, bounds: 'word' });
      const a = [...text.matchAll(js)].map((m) => [m.index, ...m]);
      const b = [...ours[Symbol.matchAll](text)].map((m) => [m.index, ...m]);
      expect(b, source).toEqual(a);
    }
  });

  it('refuses what cannot run in linear time: lookbehind, back-references, a lookahead that is not a final list of words', () => {
    expect(regexProblem('(?<=a)b')).toMatch(/cannot run in linear time/);
    expect(regexProblem('(a)\\1')).toMatch(/back-reference/);
    expect(regexProblem('a(?!b.*c)')).toMatch(/lookahead may only list literal words/);
    expect(regexProblem('a.*(?!b)')).toMatch(/bounded length/);
    expect(regexProblem('(a+)+')).toMatch(/nests quantifiers/);
  });
});
