/**
 * Where the report goes: standard output (or standard error, when --fix -
 * prints the fixed text there), or --output-file. Text comes file by file
 * and is written in chunks of about 64 KiB, so a streamed report is never
 * held whole. A report file is written through io/atomic-write.ts (a
 * temporary file next to it, every byte checked, fsynced, renamed into place
 * at the end): a reader never sees half a report, a full disk is an error
 * (exit 2) rather than a truncated report, and a failed run leaves the old
 * report as it was. A device, a FIFO or a directory is refused.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { TranslintError } from '../errors.js';
import { AtomicFile, errorCode } from '../io/atomic-write.js';

const CHUNK = 64 * 1024;

export class ReportOutput {
  private pending = '';
  private wrote = false;
  private last = '';
  private out?: AtomicFile;

  constructor(
    private readonly write: (s: string) => void,
    file?: string,
  ) {
    if (file === undefined) return;
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      throw new TranslintError(`cannot write the report (${errorCode(err)})`, { file });
    }
    this.out = new AtomicFile(file);
  }

  add(text: string): void {
    if (text === '') return;
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** The end of the report: a non-empty report on a terminal or pipe ends with a line break. */
  close(): void {
    if (this.out === undefined && (this.wrote || this.pending !== '') && !(this.pending || this.last).endsWith('\n')) this.pending += '\n';
    this.flush();
    if (this.out === undefined) return;
    const out = this.out;
    this.out = undefined;
    out.commit();
  }

  /** The run failed: drop the temporary report file. */
  abandon(): void {
    this.out?.abandon();
    this.out = undefined;
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.last = text;
    this.wrote = true;
    if (this.out === undefined) this.write(text);
    else this.out.write(text);
  }
}
