import type { CliIO } from '../../src/cli/main.js';

/** An in-memory CliIO: captured stdout/stderr, given stdin. */
export function fakeIO(options: { cwd?: string; stdin?: string; isTTY?: boolean } = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
  };
  return io;
}
