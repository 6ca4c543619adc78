/**
 * The English NLP model (wink-nlp with wink-eng-lite-web-model), loaded on
 * first use and once per process. Loading it costs about 100 ms and 40 MB, so
 * it is not loaded up front for a rule: odd-capitals asks for part-of-speech
 * tags only at a capitalised word that passed its cheap checks, and most
 * documents have none. Both packages are CommonJS, so `getNlp` can load them
 * synchronously, from inside a rule's (synchronous) check.
 */
import { createRequire } from 'node:module';

type WinkNlp = any; // wink-nlp's instance type; its typings are loose

let nlp: WinkNlp | undefined;

/** The wink-nlp instance, loaded on the first call. */
export function getNlp(): WinkNlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
    // sentence boundaries and part-of-speech tags only: no negation, sentiment or entities (faster)
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  }
  return nlp;
}

/** Load the model now (for callers that want the cost up front, e.g. `needs: ['nlp']`). */
export async function loadNlp(): Promise<void> {
  getNlp();
}

/** Whether the model has been loaded. */
export function nlpLoaded(): boolean {
  return nlp !== undefined;
}
