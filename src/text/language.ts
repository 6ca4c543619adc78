/**
 * Document language: given in config, or detected with franc (loaded lazily,
 * limited to the candidate languages). franc answers in ISO 639-3; translint
 * speaks ISO 639-1.
 */
const TO_639_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', arb: 'ar', ara: 'ar',
  tur: 'tr', rus: 'ru', pol: 'pl', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ces: 'cs', ron: 'ro', ell: 'el',
};
const TO_639_3: Record<string, string> = Object.fromEntries(Object.entries(TO_639_1).map(([k, v]) => [v, k]));
TO_639_3.ar = 'arb';

export const DEFAULT_LANGUAGES = ['en', 'fr', 'de', 'es', 'it'];

type Franc = (text: string, options?: { only?: string[]; minLength?: number }) => string;
type FrancAll = (text: string, options?: { only?: string[]; minLength?: number }) => Array<[string, number]>;
let francFn: Franc | undefined;
let francAllFn: FrancAll | undefined;

/**
 * Thrown by the synchronous detectors when franc is not loaded yet. franc is
 * an ES module, so it cannot be loaded from inside a (synchronous) rule; the
 * Linter catches this, loads it and runs the rule again, so only documents
 * that need franc pay for loading it. A rule may throw it for the spelling
 * dictionaries too (`need: 'dictionary'`), when only some documents need them.
 */
export class DetectorNotLoaded extends Error {
  /** What to load: franc, or (for a rule that asks only when a document needs them) the spelling dictionaries. */
  constructor(readonly need: 'franc' | 'dictionary' = 'franc') {
    super(need === 'franc' ? 'language detector not loaded' : 'dictionaries not loaded');
  }
}

/** Load franc (once). Must be awaited before `detectLanguageSync`. */
export async function loadLanguageDetector(): Promise<void> {
  if (!francFn) {
    const franc = await import('franc');
    francAllFn = franc.francAll as FrancAll;
    francFn = franc.franc as Franc;
  }
}

export function languageDetectorLoaded(): boolean {
  return francFn !== undefined;
}

/**
 * The most likely of `candidates` (ISO 639-1) for `text`, or undefined when
 * the text is too short or franc is undecided.
 */
export function detectLanguageSync(text: string, candidates: string[], minLength = 10): string | undefined {
  if (!francFn) throw new DetectorNotLoaded();
  const only = candidates.map((c) => TO_639_3[c]).filter(Boolean);
  const code = francFn(text.length > 20000 ? text.slice(0, 20000) : text, { only, minLength });
  return code === 'und' ? undefined : (TO_639_1[code] ?? code);
}

/**
 * Scores of `candidates` (ISO 639-1) for `text`, best first: the best scores
 * 1, the others their share of it (franc's francAll); empty when undecided.
 */
export function languageScoresSync(text: string, candidates: string[], minLength = 10): Array<[string, number]> {
  if (!francAllFn) throw new DetectorNotLoaded();
  const only = candidates.map((c) => TO_639_3[c]).filter(Boolean);
  return francAllFn(text.length > 20000 ? text.slice(0, 20000) : text, { only, minLength })
    .filter(([code]) => code !== 'und')
    .map(([code, score]) => [TO_639_1[code] ?? code, score]);
}

export async function detectLanguage(text: string, candidates = DEFAULT_LANGUAGES): Promise<string | undefined> {
  await loadLanguageDetector();
  return detectLanguageSync(text, candidates);
}
