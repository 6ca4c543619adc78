/** Output formats by name. */
import { checkstyle } from './checkstyle.js';
import { compact, compactStream } from './compact.js';
import { github, githubStream } from './github.js';
import { json, jsonStream } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish, stylishStream } from './stylish.js';
import type { Formatter, StreamingFormatter } from './types.js';

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, junit, checkstyle, compact };

/** The formats that can be written file by file (the others need every result first). */
export const streamingFormatters: Record<string, StreamingFormatter | undefined> = {
  stylish: stylishStream,
  json: jsonStream,
  github: githubStream,
  compact: compactStream,
};

export type { Formatter, FormatContext, RenderedFile, SplitFormat, StreamingFormatter } from './types.js';
