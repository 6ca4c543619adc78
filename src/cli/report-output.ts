/**
 * Where the report goes: standard output (or standard error, when --fix -
 * prints the fixed text there), or --output-file. Text comes file by file
 * and is written in chunks of about 64 KiB, so a streamed report is never
 * held whole. A report file is written to a temporary file next to it and
 * renamed into place at the end: a reader never sees half a report, and a
 * failed run leaves the old report as it was.
 */
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { TranslintError } from '../errors.js';

const CHUNK = 64 * 1024;

export class ReportOutput {
  private pending = '';
  private wrote = false;
  private last = '';
  private fd?: number;
  private tmp?: string;

  constructor(
    private readonly write: (s: string) => void,
    private readonly file?: string,
  ) {
    if (file === undefined) return;
    this.tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      this.fd = openSync(this.tmp, 'w');
    } catch (err) {
      throw this.failure(err);
    }
  }

  add(text: string): void {
    if (text === '') return;
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** The end of the report: a non-empty report on a terminal or pipe ends with a line break. */
  close(): void {
    if (this.fd === undefined && (this.wrote || this.pending !== '') && !(this.pending || this.last).endsWith('\n')) this.pending += '\n';
    this.flush();
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
      this.fd = undefined;
      renameSync(this.tmp!, this.file!);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }

  /** The run failed: drop the temporary report file. */
  abandon(): void {
    if (this.tmp === undefined) return;
    try {
      if (this.fd !== undefined) closeSync(this.fd);
      unlinkSync(this.tmp);
    } catch {
      // already gone
    }
    this.fd = undefined;
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.last = text;
    this.wrote = true;
    if (this.fd === undefined) {
      this.write(text);
      return;
    }
    try {
      writeSync(this.fd, text);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }

  private failure(err: unknown): TranslintError {
    return new TranslintError(`cannot write the report (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file: this.file });
  }
}
