/**
 * The corpus pass of a lint run over several files: before linting, every
 * file is read once and its short lines counted, so that the page-furniture
 * rule can tell a site's header or footer (a short line that stands in
 * several files) from a line of one article. Two files that share a long
 * line are copies of one story (a repost, two versions): the short lines
 * they share (the headline) count once for them, not as a site's furniture.
 *
 * Only lines of at most MAX_WORDS words that do not end like a sentence are
 * counted; the result keeps only the lines found in two or more unrelated
 * files, so it stays small whatever the size of the corpus. Files that cannot
 * be read are skipped here (linting reports them).
 */
import { readTextFile } from './read-input.js';
import { corpusLineKey } from '../rules/page-furniture.js';
import type { CorpusInfo } from '../rules/rule.js';

const MAX_WORDS = 10;
/** A line this long (in words) is article text: two files that share one are copies of one story. */
const LONG_WORDS = 12;

export function corpusLines(files: string[]): CorpusInfo {
  const short = new Map<string, number[]>();
  const long = new Map<string, number[]>();
  files.forEach((file, index) => {
    let text: string;
    try {
      text = readTextFile(file).text;
    } catch {
      return;
    }
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\r|\n/u)) {
      const body = raw.trim();
      if (!/\p{L}/u.test(body)) continue;
      const n = body.split(/\s+/u).length;
      const key = corpusLineKey(body);
      if (seen.has(key)) continue;
      seen.add(key);
      if (n >= LONG_WORDS) push(long, key, index);
      else if (n <= MAX_WORDS && !/[.!?…;]["'”’»)]*$/u.test(body)) push(short, key, index);
    }
  });
  // files that share a long line: copies of one story
  const copies = new Map<number, Set<number>>();
  for (const ids of long.values()) {
    if (ids.length < 2) continue;
    for (const a of ids) for (const b of ids) if (a !== b) (copies.get(a) ?? copies.set(a, new Set()).get(a)!).add(b);
  }
  const repeatedLines = new Map<string, number>();
  for (const [key, ids] of short) {
    if (ids.length < 2) continue;
    // the files that are not copies of one another: one per story
    const stories: number[] = [];
    for (const id of ids) if (!stories.some((s) => copies.get(s)?.has(id))) stories.push(id);
    if (stories.length >= 2) repeatedLines.set(key, stories.length);
  }
  return { repeatedLines };
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const ids = map.get(key);
  if (ids) ids.push(index);
  else map.set(key, [index]);
}
