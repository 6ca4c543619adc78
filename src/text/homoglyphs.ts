/**
 * Cyrillic and Greek letters that look like Latin ones, and the Latin letter
 * each one passes for. Only unambiguous look-alikes are listed: a mixed word
 * whose foreign letters all appear here can be repaired letter for letter.
 */
const PAIRS =
  // Cyrillic lower case
  'аa еe оo рp сc уy хx іi јj ѕs һh ԁd ԛq ԝw ӏl ' +
  // Cyrillic upper case
  'АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS ԚQ ԜW ' +
  // Greek
  'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX οo';

export const LATIN_LOOKALIKE: ReadonlyMap<string, string> = new Map(
  PAIRS.trim()
    .split(/\s+/)
    .map((p) => [...p] as [string, string]),
);

/** The Latin look-alike of `ch`, if it has an unambiguous one. */
export function latinLookalike(ch: string): string | undefined {
  return LATIN_LOOKALIKE.get(ch);
}
