/**
 * Read a text file for linting: UTF-8 only. A file with NUL bytes or bytes
 * that are not UTF-8 is refused with a message naming it (and the line of the
 * first bad byte). A byte order mark is removed and reported, so a writer can
 * put it back.
 */
import { TranslintError } from '../errors.js';
import { maxTextBytes, readRegularFile } from '../io/read-file.js';

export interface TextFile {
  text: string;
  bom: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(buf: Uint8Array, file: string): TextFile {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new TranslintError(`UTF-16 text (byte order mark ${buf[0] === 0xff ? 'FF FE' : 'FE FF'}): not linted; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)`, { file, line: 1 });
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new TranslintError(`binary file (NUL byte at offset ${nul}): not linted`, { file, line: lineAt(buf, nul) });
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    if (bad < 0) throw new TranslintError(`too large to decode (${buf.length} bytes): not linted`, { file });
    throw new TranslintError(`not UTF-8 text (invalid byte at offset ${bad}): not linted`, { file, line: lineAt(buf, bad) });
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** A text file to lint or fix: a regular file of at most maxTextBytes() (io/read-file.ts), UTF-8. */
export function readTextFile(file: string): TextFile {
  return decodeText(readRegularFile(file, maxTextBytes()), file);
}

function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 10) line++;
  return line;
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8
 * sequence (RFC 3629): a stray continuation byte, a truncated sequence, an
 * overlong form, an encoded surrogate or a value above U+10FFFF. Always
 * inside the buffer; -1 when the buffer is valid UTF-8.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + n >= b.length) return i; // truncated at the end
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}
