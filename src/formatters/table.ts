/**
 * cli-table3, loaded on first use: with its dependencies (string-width,
 * emoji-regex, ...) it is about a dozen modules that a run printing no table
 * (-f compact, json, a lint with no findings) never needs at start-up. It is
 * CommonJS, so it loads synchronously here.
 */
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';

let Table: typeof TableType | undefined;

export function newTable(options: TableType.TableConstructorOptions): TableType.Table {
  Table ??= createRequire(import.meta.url)('cli-table3') as typeof TableType;
  return new Table(options);
}
