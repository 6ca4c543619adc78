/**
 * Reading a file that must be a regular file of bounded size: inputs, packs,
 * configurations, baselines. The file is opened without blocking (a FIFO
 * does not hang the run waiting for a writer), checked with fstat (a device,
 * a FIFO, a socket or a directory is refused: /dev/zero would otherwise be
 * read for ever), and refused when larger than the limit before a byte is
 * read, so memory stays bounded.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { TranslintError } from '../errors.js';
import { errorCode, kindOf } from './atomic-write.js';

/**
 * The largest text file linted or fixed: 32 MiB. Far above any article or
 * book chapter (a long news article is 10-50 KiB), and low enough that one
 * file's text, words and findings fit in a few hundred MiB: the run holds a
 * file's text as a JavaScript string (UTF-16, twice its bytes) and several
 * per-word tables, so memory grows about 15 times the file's size. Set
 * TRANSLINT_MAX_FILE_SIZE (bytes) to change it.
 */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024;

/** The largest pack, configuration or baseline read: 64 MiB (a 10,000-entity pack is about 2 MiB). */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

export function maxTextBytes(): number {
  const env = Number(process.env.TRANSLINT_MAX_FILE_SIZE);
  return Number.isInteger(env) && env > 0 ? env : MAX_TEXT_BYTES;
}

/** Why a path cannot be opened, in words: 'no such file or directory', 'permission denied', ... */
export function describeErrno(err: unknown): string {
  const code = errorCode(err);
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symbolic link loop)';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'a directory';
    case 'EIO':
      return 'input/output error';
    default:
      return code;
  }
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/** The bytes of a regular file no larger than `maxBytes` (TranslintError naming the file otherwise). */
/** Read at most `size` bytes of an open file from its start, continuing short reads; fewer when the file is shorter. */
export function readUpTo(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < buf.length) {
    const n = readSync(fd, buf, done, buf.length - done, done);
    if (n === 0) break;
    done += n;
  }
  return done === buf.length ? buf : buf.subarray(0, done);
}

export function readRegularFile(file: string, maxBytes: number, what = 'file'): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new TranslintError(`cannot read ${what}: ${describeErrno(err)}`, { file });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const hint = st.isFIFO() || st.isCharacterDevice() ? " (use '-' for standard input)" : '';
      throw new TranslintError(`${kindOf(st)}, not a regular file: not read${what === 'file' ? hint : ''}`, { file });
    }
    if (st.size > maxBytes) {
      throw new TranslintError(`${what} too large (${mib(st.size)}; the limit is ${mib(maxBytes)}): not read`, { file });
    }
    // a file that grew while being read: at most the limit, and never more than was stat'ed
    return readUpTo(fd, st.size);
  } catch (err) {
    if (err instanceof TranslintError) throw err;
    throw new TranslintError(`cannot read ${what}: ${describeErrno(err)}`, { file });
  } finally {
    closeSync(fd);
  }
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
