import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  PLACEHOLDER,
  TextMapBuilder
} from "./chunk-DYSLDDQ6.js";
import "./chunk-7ZWMQEER.js";

// src/markup/html.ts
import { Parser } from "htmlparser2";
var SKIPPED = /* @__PURE__ */ new Set(["script", "style", "code", "pre", "kbd", "samp", "textarea", "template", "svg", "math"]);
var BLOCK = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "script",
  "section",
  "style",
  "summary",
  "table",
  "tbody",
  "td",
  "template",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "ul"
]);
function htmlText(source) {
  const b = new TextMapBuilder("html", source);
  let skipping;
  const span = () => ({ start: Math.max(parser.startIndex, b.position), end: parser.endIndex + 1 });
  const markup = (role, block) => {
    const { start, end } = span();
    if (end <= start) return;
    b.replace(start, "", "syntax");
    b.replace(end, block ? "\n\n" : "", role);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipping) {
          if (name === skipping.name) skipping.depth++;
          markup("opaque", false);
        } else if (SKIPPED.has(name)) {
          skipping = { name, depth: 1 };
          if (BLOCK.has(name)) markup("opaque", true);
          else {
            const { start, end } = span();
            b.replace(start, "", "syntax");
            b.replace(end, PLACEHOLDER, "opaque");
          }
        } else markup("syntax", BLOCK.has(name));
      },
      onclosetag(name) {
        if (skipping) {
          if (name === skipping.name && --skipping.depth === 0) {
            skipping = void 0;
            markup("opaque", BLOCK.has(name));
          } else markup("opaque", false);
        } else markup("syntax", BLOCK.has(name));
      },
      ontext(data) {
        const { start, end } = span();
        if (end <= start) return;
        b.replace(start, "", "syntax");
        if (skipping) b.replace(end, " ", "opaque");
        else if (data === source.slice(start, end)) b.copy(end);
        else b.replace(end, data, "text");
      },
      oncomment(data) {
        const { start, end } = span();
        if (end <= start) return;
        b.replace(start, "", "syntax");
        b.replace(end, "", "opaque");
        if (!skipping) b.comments.push({ start, end, body: data });
      },
      onprocessinginstruction() {
        markup("opaque", false);
      }
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true }
  );
  parser.write(source);
  parser.end();
  b.replace(source.length, "", "syntax");
  return b.build();
}
export {
  htmlText
};
