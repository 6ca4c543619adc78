/**
 * Write a text file atomically: the bytes go to a temporary file in the same
 * folder (write-file-atomic: written, fsynced, given the mode and owner, then
 * renamed over the original), so a reader, an interrupt or a crash sees the
 * whole old file or the whole new one, never a mix.
 *
 * The text is written as UTF-8 with its byte order mark put back when the
 * original had one; line ends and the final newline are the text's own.
 */
import { createRequire } from 'node:module';
import type writeFileAtomicType from 'write-file-atomic';

export interface TextWriteOptions {
  /** Put a byte order mark back in front of the text. */
  bom: boolean;
  /** File mode to keep (permission bits of the original). */
  mode: number;
}

export function encodeText(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
}

export async function writeTextAtomic(file: string, text: string, options: TextWriteOptions): Promise<void> {
  // loaded on first use: a lint run that writes nothing never needs it
  const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as typeof writeFileAtomicType;
  await writeFileAtomic(file, encodeText(text, options.bom), { mode: options.mode & 0o7777, fsync: true });
}
