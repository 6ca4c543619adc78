import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);

// src/io/atomic-write.ts
import { createRequire } from "node:module";
function encodeText(text, bom) {
  return Buffer.from(bom ? `\uFEFF${text}` : text, "utf8");
}
async function writeTextAtomic(file, text, options) {
  const writeFileAtomic = createRequire(import.meta.url)("write-file-atomic");
  await writeFileAtomic(file, encodeText(text, options.bom), { mode: options.mode & 4095, fsync: true });
}

export {
  writeTextAtomic
};
