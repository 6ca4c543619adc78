import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  TranslintError
} from "./chunk-XHA63K7B.js";
import {
  TextMapBuilder
} from "./chunk-DYSLDDQ6.js";
import "./chunk-7ZWMQEER.js";

// src/markup/markdown.ts
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
var OPAQUE = /* @__PURE__ */ new Set(["code", "inlineCode", "html", "yaml", "toml", "definition", "image", "imageReference", "footnoteReference"]);
var COMMENT = /<!--([\s\S]*?)-->/g;
var PHRASING_PARENTS = /* @__PURE__ */ new Set(["paragraph", "heading", "tableCell", "emphasis", "strong", "delete", "link", "linkReference"]);
var MAX_MARKDOWN_NESTING = 1e3;
var CONTAINER_OPENERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/;
function tooDeep(source) {
  let line = 1;
  for (let at = 0; at < source.length; line++) {
    const nl = source.indexOf("\n", at);
    const end = nl < 0 ? source.length : nl;
    if (end - at > MAX_MARKDOWN_NESTING) {
      const lead = CONTAINER_OPENERS.exec(source.slice(at, Math.min(end, at + 20 * MAX_MARKDOWN_NESTING)))[0];
      let depth = 0;
      for (const c of lead) if (c === ">" || c === "-" || c === "*" || c === "+" || c === "." || c === ")") depth++;
      if (depth > MAX_MARKDOWN_NESTING) return line;
    }
    at = end + 1;
  }
  return 0;
}
function markdownText(source) {
  const deep = tooDeep(source);
  if (deep > 0) throw new TranslintError(`Markdown nested more than ${MAX_MARKDOWN_NESTING} levels deep (block quotes or lists) at line ${deep}: not linted`);
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(["yaml", "toml"]), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"]), gfmFromMarkdown()]
  });
  const regions = [];
  const b = new TextMapBuilder("markdown", source);
  collect(tree, false, source, regions, b);
  regions.sort((x, y) => x.start - y.start);
  for (const r of regions) {
    if (r.start < b.position) continue;
    b.mask(r.start, "syntax");
    if (r.role === "text") b.copy(r.end);
    else b.mask(r.end, "opaque", r.inline);
  }
  b.mask(source.length, "syntax");
  return b.build();
}
function collect(node, inline, source, out, b) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === void 0 || end === void 0) return;
  if (node.type === "text") {
    out.push({ start, end, role: "text" });
    return;
  }
  if (OPAQUE.has(node.type)) {
    out.push({ start, end, role: "opaque", inline });
    if (node.type === "html") {
      for (const m of node.value.matchAll(COMMENT)) {
        const at = source.indexOf(m[0], start);
        if (at >= 0 && at < end) b.comments.push({ start: at, end: at + m[0].length, body: m[1] });
      }
    }
    return;
  }
  if (node.type === "link" && source[start] !== "[") {
    out.push({ start, end, role: "opaque", inline: true });
    return;
  }
  const children = node.children ?? [];
  for (const child of children) collect(child, PHRASING_PARENTS.has(node.type), source, out, b);
  if ((node.type === "link" || node.type === "linkReference") && children.length > 0) {
    const last = children[children.length - 1].position?.end.offset;
    if (last !== void 0 && last + 1 < end) out.push({ start: last + 1, end, role: "opaque", inline: true });
  }
}
export {
  MAX_MARKDOWN_NESTING,
  markdownText
};
