import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);

// src/errors.ts
var TranslintError = class extends Error {
  file;
  line;
  column;
  constructor(message, where = {}) {
    const place = where.file ? `${where.file}${where.line ? `:${where.line}${where.column ? `:${where.column}` : ""}` : ""}: ` : "";
    super(`${place}${message}`);
    this.name = "TranslintError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
};

export {
  TranslintError
};
