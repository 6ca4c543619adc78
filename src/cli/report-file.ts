/**
 * --report-file: a JSON record of every replacement (file, line, column,
 * rule, entity, before, after), written as the run goes so memory stays
 * bounded, into a temporary file that is renamed into place at the end.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { TranslintError } from '../errors.js';
import type { Change } from './fix-file.js';

export class ReportFile {
  private readonly fd: number;
  private readonly tmp: string;
  private first = true;

  constructor(
    private readonly file: string,
    dryRun: boolean,
  ) {
    this.tmp = `${file}.${process.pid}.tmp`;
    try {
      this.fd = openSync(this.tmp, 'w');
    } catch (err) {
      throw new TranslintError(`cannot write the report file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file });
    }
    writeSync(this.fd, `{\n  "version": 1,\n  "dryRun": ${dryRun},\n  "changes": [`);
  }

  add(changes: readonly Change[]): void {
    for (const c of changes) {
      writeSync(this.fd, `${this.first ? '\n' : ',\n'}    ${JSON.stringify(c)}`);
      this.first = false;
    }
  }

  close(summary: { files: number; filesChanged: number; replacements: number; interrupted: boolean }): void {
    writeSync(this.fd, `${this.first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    closeSync(this.fd);
    renameSync(this.tmp, this.file);
  }

  /** Give up (the run failed): remove the temporary file. */
  abandon(): void {
    try {
      closeSync(this.fd);
      unlinkSync(this.tmp);
    } catch {
      // already gone
    }
  }
}
