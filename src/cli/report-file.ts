/**
 * --report-file: a JSON record of every replacement (file, line, column,
 * rule, entity, before, after), written as the run goes so memory stays
 * bounded, into a temporary file (io/atomic-write.ts: every byte checked,
 * fsynced) that is renamed into place at the end. A run that fails part-way
 * still closes the record, with what was written until then and the reason
 * in its summary, so no change goes unrecorded.
 */
import { AtomicFile } from '../io/atomic-write.js';
import type { Change } from './fix-file.js';

export interface ReportSummary {
  files: number;
  filesChanged: number;
  replacements: number;
  interrupted: boolean;
  /** Inputs that could not be read, fixed or written (each also printed as an exit-2 line). */
  failed?: number;
  /** Why the run stopped early, when it did. */
  stoppedBy?: string;
}

export class ReportFile {
  private readonly out: AtomicFile;
  private first = true;
  private closed = false;

  constructor(file: string, dryRun: boolean) {
    this.out = new AtomicFile(file);
    this.out.write(`{\n  "version": 1,\n  "dryRun": ${dryRun},\n  "changes": [`);
  }

  add(changes: readonly Change[]): void {
    for (const c of changes) {
      this.out.write(`${this.first ? '\n' : ',\n'}    ${JSON.stringify(c)}`);
      this.first = false;
    }
  }

  close(summary: ReportSummary): void {
    if (this.closed) return;
    this.closed = true;
    this.out.write(`${this.first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    this.out.commit();
  }

  /** Give up without a record (nothing was written): remove the temporary file. */
  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    this.out.abandon();
  }
}
