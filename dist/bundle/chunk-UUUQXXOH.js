import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);

// src/text/nlp.ts
import { createRequire } from "node:module";
var nlp;
function getNlp() {
  if (!nlp) {
    const require2 = createRequire(import.meta.url);
    const winkNLP = require2("wink-nlp");
    nlp = winkNLP(require2("wink-eng-lite-web-model"), ["sbd", "pos"]);
  }
  return nlp;
}
async function loadNlp() {
  getNlp();
}
function nlpLoaded() {
  return nlp !== void 0;
}

export {
  getNlp,
  loadNlp,
  nlpLoaded
};
