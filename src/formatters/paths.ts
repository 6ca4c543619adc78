/** File names as reports show them: relative to the working directory; <stdin> and <text> as they are. */
import { relative } from 'node:path';

export function displayPath(filePath: string, cwd: string): string {
  return filePath.startsWith('<') ? filePath : relative(cwd, filePath) || filePath;
}

/** 'error', 'warning' or 'info' for a diagnostic severity. */
export function severityName(severity: 0 | 1 | 2): 'error' | 'warning' | 'info' {
  return severity === 2 ? 'error' : severity === 1 ? 'warning' : 'info';
}
