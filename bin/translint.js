#!/usr/bin/env node
// the CLI bundled into a few modules (npm run bundle): faster to start than dist/cli/main.js and its hundred imports
import { run } from '../dist/bundle/main.js';

// a reader that stops early (translint rules | head) is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await run(process.argv.slice(2));
