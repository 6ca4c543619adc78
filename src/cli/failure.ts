/**
 * The error model of a batch run: whatever goes wrong with one input (it
 * cannot be read, is not UTF-8, cannot be written, or a rule fails on it)
 * becomes one line naming that input; the run goes on with the next input
 * and exits 2 at the end. A stack trace is printed only with --debug (or
 * TRANSLINT_DEBUG=stack), never to a user by default.
 */
import { TranslintError } from '../errors.js';
import { describeErrno } from '../io/read-file.js';

/** Whether stack traces are shown (--debug sets TRANSLINT_DEBUG=stack, which worker threads inherit). */
export function debugStacks(): boolean {
  return Boolean(process.env.TRANSLINT_DEBUG?.split(',').includes('stack'));
}

/** One line for a failure on `file` (with the stack after it under --debug). */
export function describeFailure(err: unknown, file: string, doing = 'linting'): string {
  if (err instanceof TranslintError) return err.file === undefined ? `${file}: ${err.message}` : err.message;
  const e = err as NodeJS.ErrnoException;
  let line: string;
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) line = `${file}: ${doing} failed: ${describeErrno(e)}`;
  else if (err instanceof RangeError && /call stack/i.test(err.message)) line = `${file}: too deeply nested to ${doing === 'fixing' ? 'fix' : 'lint'} (maximum call stack size exceeded)`;
  else line = `${file}: internal error while ${doing}: ${oneLine(e?.message ?? String(err))} (run with --debug for details)`;
  return debugStacks() && e?.stack ? `${line}\n${e.stack}` : line;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n[\s\S]*$/, '').slice(0, 300);
}
