/**
 * The caches and pre-tests that make name-consistency cheap
 * (docs/performance.md) must give the answers of the plain code.
 */
import { describe, expect, it } from 'vitest';
import { isJsSpace, keyFilter, lowerCaseKeys, urlSpans } from '../../src/names/candidates.js';
import { blockingKey, blockingKeys, foldedTokens, normalizeName, sameName, transliterateToken } from '../../src/names/index.js';
import { words } from '../../src/text/words.js';
import { lintWith } from '../helpers/rule-tester.js';

/** normalizeName without its cache. */
const plainNorm = (t: string, lang: string) =>
  foldedTokens(t, lang)
    .map((x) => transliterateToken(x, lang))
    .filter(Boolean)
    .join(' ');

/** urlSpans as it was: a regular expression per character around each mark, LINKY on every chunk. */
const LINKY = /^[("'<[]*(?:https?:\/\/|www\.)|@[\p{L}\p{N}-]+\.\p{L}|\.(?:com|org|net|gov|edu|int|info|io|ly|uk|fr|de|es|it|eu|ch|be|ar)(?:$|[/:?#.,;)'"])/iu;
function plainUrlSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 64 && c !== 47) continue;
    if (i < last) continue;
    let a = i;
    while (a > 0 && !/\s/.test(text[a - 1])) a--;
    let b = i;
    while (b < text.length && !/\s/.test(text[b])) b++;
    last = b;
    if (LINKY.test(text.slice(a, b))) out.push([a, b]);
  }
  return out;
}

describe('normalizeName cache', () => {
  const names = ['Kadhafi', 'al-Qaddafi', 'Abdel Fattah el-Sisi', 'Jufrah', 'Nimroush', 'Çavuşoğlu', ''];
  it('gives the uncached answer, per language, whatever the order of the calls', () => {
    for (const order of [
      ['en', 'fr', 'de'],
      ['de', 'fr', 'en'],
    ]) {
      for (const lang of order) for (const n of names) expect(normalizeName(n, lang)).toBe(plainNorm(n, lang));
    }
  });
});

describe('blockingKeys cache', () => {
  it('gives the same keys on every call, the main key first', () => {
    for (const n of ['qadafi', 'abdfatah sisi', 'elsisi', 'ramazan', 'osman']) {
      const first = [...blockingKeys(n)];
      expect(blockingKeys(n)).toEqual(first);
      expect(first[0]).toBe(blockingKey(n));
    }
    // the glued article and z/th-as-s readings are still there
    expect(blockingKeys('elsisi')).toContain(blockingKey('sisi'));
    expect(blockingKeys('ramazan').length).toBe(2);
  });
});

describe('isJsSpace', () => {
  it('agrees with /\\s/ on every code unit of the BMP', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('urlSpans', () => {
  it.each([
    ['See www.example.com for more.', 1],
    ['Visit (www. or not', 1], // 'www.' alone still matches
    ['Write to info@gov.ly today.', 1],
    ['The source: https://x.org/a/b, then more.', 1],
    ['Tripoli.ly and bbc.co.uk.', 2],
    // near-misses: sentence stops, abbreviations, slashes that are no addresses
    ['He left overnight. Then Mr. Haftar came.', 0],
    ['The U.S. and e.g. the E.U. agreed.', 0],
    ['Pro/contra and 1/2 of it.', 0],
    ['Ends with a dot.', 0],
    ['.', 0],
    ['Unicode\u00a0sentence.\u2003Next.', 0],
  ])('%s', (text, n) => {
    expect(urlSpans(text)).toEqual(plainUrlSpans(text));
    expect(urlSpans(text)).toHaveLength(n);
  });

  it('agrees with the plain scan on generated text', () => {
    // a deterministic generator over the characters that matter
    const alphabet = ['a', 'W', 'w', 'com', 'ly', 'http', 's', ':', '.', '.', '.', '@', '/', ' ', ' ', '\n', '\u00a0', '(', '"', 'é'];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const len = rand(30);
      for (let i = 0; i < len; i++) text += alphabet[rand(alphabet.length)];
      expect(urlSpans(text), JSON.stringify(text)).toEqual(plainUrlSpans(text));
    }
  });
});

describe('keyFilter', () => {
  it('never says no to a member', () => {
    const keys = ['de', 'von', 'al', 'l', '', 'ʿabd', 'é', 'della'];
    const may = keyFilter(keys);
    for (const k of keys) expect(may(k)).toBe(true);
  });

  it('says no to most other words (a pre-test, not the answer)', () => {
    const may = keyFilter(['de', 'von', 'al', 'el']);
    const others = ['the', 'of', 'to', 'was', 'with', 'said', 'been', 'from', 'militias', 'village'];
    expect(others.filter((w) => may(w)).length).toBeLessThanOrEqual(1);
  });

  it('leaves lowerCaseKeys as it would be without it', () => {
    const text = 'The haftar forces and the sirte council; Haftar and Sirte. de la von www.sirte.ly haftar';
    const ws = words(text);
    const only = new Set(['haftar', 'sirte', 'council', 'absent']);
    const all = lowerCaseKeys(text, ws, urlSpans(text));
    const expected = new Map([...all].filter(([k]) => only.has(k)));
    expect(lowerCaseKeys(text, ws, urlSpans(text), only)).toEqual(expected);
    expect(expected.get('haftar')).toBe(2);
  });
});

describe('name-consistency pre-test: clustering only when two spellings could match', () => {
  it('has near-misses that share a blocking key without being one name', () => {
    // the pre-test must go on to compare these (same key) and find no match
    expect(blockingKey(normalizeName('Hamid'))).toBe(blockingKey(normalizeName('Hamoud')));
    expect(sameName('Hamid', 'Hamoud')).toBe(false);
  });

  it.each([
    // one key, no match: nothing
    ['Hamid met the envoy. Later Hamoud spoke, and Hamid replied.', []],
    // every name different, none sharing a key: nothing
    ['Haftar met Siala in Sirte. Benzema and Kalin spoke in Tobruk.', []],
    // spellings that normalise alike (doubled letters) are one name
    ['Gaddafi spoke. Gadafi left. Later Gaddafi returned.', ['Gadafi']],
    // one pair among unrelated names
    ['Talks with Nimroush began in Sirte, where Haftar waited. Tobruk was calm. Later Nimrush left, and Nimroush stayed.', ['Nimrush']],
  ])('%s', async (text, expected) => {
    const found = (await lintWith('name-consistency', text)).map((d) => d.actual);
    expect(found).toEqual(expected);
  });

  it('gives the same findings with its caches warm, and per language', async () => {
    const text = 'Talks with Nimroush began in Sirte, where Haftar waited. Later Nimrush left, and Nimroush stayed.';
    const first = await lintWith('name-consistency', text);
    await lintWith('name-consistency', 'Gespräche mit Nimroush in Sirte. Später ging Nimrush, und Nimroush blieb.', {}, 'de');
    expect(await lintWith('name-consistency', text)).toEqual(first);
    expect(first.map((d) => d.actual)).toEqual(['Nimrush']);
  });
});
