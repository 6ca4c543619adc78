import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  describeErrno
} from "./chunk-UFALB7CG.js";
import {
  TranslintError
} from "./chunk-XHA63K7B.js";

// src/cli/failure.ts
function debugStacks() {
  return Boolean(process.env.TRANSLINT_DEBUG?.split(",").includes("stack"));
}
function describeFailure(err, file, doing = "linting") {
  if (err instanceof TranslintError) return err.file === void 0 ? `${file}: ${err.message}` : err.message;
  const e = err;
  let line;
  if (typeof e?.code === "string" && /^E[A-Z]+$/.test(e.code)) line = `${file}: ${doing} failed: ${describeErrno(e)}`;
  else if (err instanceof RangeError && /call stack/i.test(err.message)) line = `${file}: too deeply nested to ${doing === "fixing" ? "fix" : "lint"} (maximum call stack size exceeded)`;
  else line = `${file}: internal error while ${doing}: ${oneLine(e?.message ?? String(err))} (run with --debug for details)`;
  return debugStacks() && e?.stack ? `${line}
${e.stack}` : line;
}
function oneLine(s) {
  return s.replace(/\s*\n[\s\S]*$/, "").slice(0, 300);
}

export {
  debugStacks,
  describeFailure
};
