/**
 * A one-line progress bar for long runs, drawn on stderr only when it is a
 * terminal (never when piped or when CI is set): redrawn at most ten times a
 * second, erased when the run ends.
 */
export interface Progress {
  tick(): void;
  /** Write a line of its own (the bar is erased first and drawn again after). */
  note(line: string): void;
  done(): void;
}
const WIDTH = 30;

export function createProgress(total: number, options: { enabled: boolean; label: string; write: (s: string) => void; now?: () => number }): Progress {
  if (!options.enabled || total === 0) return { tick() {}, note: options.write, done() {} };
  const now = options.now ?? Date.now;
  let count = 0;
  let last = -Infinity;
  let drawn = false;
  const draw = () => {
    const filled = Math.round((count / total) * WIDTH);
    const percent = Math.floor((count / total) * 100);
    options.write(`\r${options.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} files ${percent}%`);
    drawn = true;
  };
  return {
    tick() {
      count++;
      const t = now();
      if (t - last >= 100 || count === total) {
        last = t;
        draw();
      }
    },
    note(line) {
      if (drawn) options.write('\r\x1b[K');
      options.write(line);
      if (drawn) draw();
    },
    done() {
      if (drawn) options.write('\r\x1b[K');
    },
  };
}
