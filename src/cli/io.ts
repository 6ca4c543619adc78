/**
 * What the CLI reads and writes through, so tests can run it in-process:
 * standard output and error, standard input, the working directory, and
 * whether output goes to a terminal.
 */
import { once } from 'node:events';
import { TranslintError } from '../errors.js';
import { maxTextBytes } from '../io/read-file.js';
import { decodeText } from './read-input.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal outside CI (progress bar). */
  stderrTTY?: boolean;
  /**
   * A promise when standard output has more queued than it takes (a pipe to
   * a slow reader): a run that writes as it goes waits for it, so unwritten
   * report text never piles up in memory. Undefined when there is room.
   */
  stdoutBackpressure?: () => Promise<unknown> | undefined;
}

export function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = maxTextBytes();
      for await (const c of process.stdin) {
        size += (c as Buffer).length;
        // the same limit as for files (io/read-file.ts), checked as the bytes come
        if (size > limit) throw new TranslintError(`standard input too large (more than ${limit} bytes; the limit is set by TRANSLINT_MAX_FILE_SIZE): not read`, { file: '<stdin>' });
        chunks.push(c as Buffer);
      }
      // UTF-8 only, as for files: binary or Latin-1 input is refused (exit 2) naming <stdin> and the line
      const { text, bom } = decodeText(Buffer.concat(chunks), '<stdin>');
      return bom ? `\ufeff${text}` : text;
    },
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.CI,
    stderrTTY: Boolean(process.stderr.isTTY) && !process.env.CI,
    stdoutBackpressure: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : undefined),
  };
}
