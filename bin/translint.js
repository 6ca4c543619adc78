#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code between runs (a faster start); Node 20 has no such cache
module.enableCompileCache?.();
// the CLI bundled into a few modules (npm run bundle): faster to start than dist/cli/main.js and its hundred imports;
// imported after the line above, so that its code can come from that cache
const { run } = await import('../dist/bundle/main.js');

// a reader that stops early (translint rules | head) is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await run(process.argv.slice(2));
