/**
 * Read a text file for linting: UTF-8 only. A file with NUL bytes or bytes
 * that are not UTF-8 is refused with a message naming it (and the line of the
 * first bad byte). A byte order mark is removed and reported, so a writer can
 * put it back.
 */
import { readFileSync } from 'node:fs';
import { TranslintError } from '../errors.js';

export interface TextFile {
  text: string;
  bom: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(buf: Uint8Array, file: string): TextFile {
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new TranslintError(`binary file (NUL byte at offset ${nul}): not linted`, { file, line: lineAt(buf, nul) });
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    throw new TranslintError(`not UTF-8 text (invalid byte at offset ${bad}): not linted`, { file, line: lineAt(buf, bad) });
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

export function readTextFile(file: string): TextFile {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    throw new TranslintError(`cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file });
  }
  return decodeText(buf, file);
}

function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (n < 0 || i + n >= b.length + (n === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
