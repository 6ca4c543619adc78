/**
 * The English NLP model (wink-nlp with wink-eng-lite-web-model), loaded
 * lazily: only when a rule that needs it runs, and once per process.
 */
type WinkNlp = any; // wink-nlp's instance type; its typings are loose

let nlp: WinkNlp | undefined;

export async function loadNlp(): Promise<void> {
  if (nlp) return;
  const [{ default: winkNLP }, { default: model }] = await Promise.all([
    import('wink-nlp') as Promise<{ default: (model: unknown, pipe?: string[]) => WinkNlp }>,
    import('wink-eng-lite-web-model') as Promise<{ default: unknown }>,
  ]);
  // sentence boundaries and part-of-speech tags only: no negation, sentiment or entities (faster)
  nlp = winkNLP(model, ['sbd', 'pos']);
}

/** The loaded wink-nlp instance; throws if `loadNlp` has not run (rules declare `needs: ['nlp']`). */
export function getNlp(): WinkNlp {
  if (!nlp) throw new Error('NLP model not loaded: the rule must declare needs: [\'nlp\']');
  return nlp;
}

/** Whether the model has been loaded (English sentences then come from wink, else from Intl.Segmenter). */
export function nlpLoaded(): boolean {
  return nlp !== undefined;
}
