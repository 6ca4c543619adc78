/**
 * Read a text file for linting: UTF-8 only. A file with NUL bytes or bytes
 * that are not UTF-8 is refused with a message naming it (and the line of the
 * first bad byte). A byte order mark is removed and reported, so a writer can
 * put it back.
 */
import { TranslintError } from '../errors.js';
import { firstInvalidUtf8, maxTextBytes, readRegularFile } from '../io/read-file.js';

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

export { firstInvalidUtf8 } from '../io/read-file.js';
