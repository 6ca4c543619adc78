/** Output formats by name. */
import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, junit, checkstyle, compact };

export type { Formatter, FormatContext } from './types.js';
