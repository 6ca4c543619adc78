// Writes dist/build-stamp.json: the package version and a SHA-256 of every
// built file (dist/, without this file) and of the schemas. The pack cache
// (src/io/pack-cache.ts) keys its entries with it, so a rebuild or an
// upgrade can never read an entry written by other code. Run by `npm run
// build` and `npm run bundle`, after the files it hashes are written.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

function files(dir, pattern) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, pattern));
    else if (e.isFile() && pattern.test(e.name) && e.name !== 'build-stamp.json') out.push(p);
  }
  return out;
}

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const h = createHash('sha256');
for (const f of [...files(dist, /\.(js|mjs|json)$/), ...files(join(root, 'schemas'), /\.json$/)].sort()) {
  h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
}
writeFileSync(join(dist, 'build-stamp.json'), `${JSON.stringify({ version, stamp: `${version}:${h.digest('hex')}` })}\n`);
