/**
 * Errors that stop a run with exit code 2: bad usage, configuration, packs or
 * input. The message is one line naming the file (and line and column where
 * there is one).
 */
export class TranslintError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    const place = where.file
      ? `${where.file}${where.line ? `:${where.line}${where.column ? `:${where.column}` : ''}` : ''}: `
      : '';
    super(`${place}${message}`);
    this.name = 'TranslintError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}
