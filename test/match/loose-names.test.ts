import { describe, expect, it } from 'vitest';
import { LooseNames, looseKey } from '../../src/match/loose-names.js';
import { coreKeys } from '../../src/packs/entities.js';
import { words } from '../../src/text/words.js';

function finder(forms: string[], named = true) {
  const loose = new LooseNames<string>();
  for (const f of forms) loose.add(coreKeys(f), f);
  return (text: string) =>
    loose.find(text, words(text), [], () => true, () => named).map((m) => [text.slice(m.start, m.end), m.kind, m.value]);
}

describe('LooseNames', () => {
  it('folds elision and plural or case endings', () => {
    expect(looseKey("d'accord")).toBe('accord');
    expect(looseKey('nationalen')).toBe(looseKey('nationale'));
    expect(looseKey('forces')).toBe(looseKey('force'));
    expect(looseKey('libio')).not.toBe(looseKey('libia'));
  });

  it('finds a name with its words in another order, a word added, or cut down to its distinctive words', () => {
    const find = finder(['Libyan National Army', 'Rapid Support Forces']);
    expect(find('The National Libyan Army and the Libyan Liberation National Army. The Rapid Support said.')).toEqual([
      ['National Libyan Army', 'reordered', 'Libyan National Army'],
      ['Libyan Liberation National Army', 'extra', 'Libyan National Army'],
      ['Rapid Support', 'partial', 'Rapid Support Forces'],
    ]);
  });

  it('needs the words capitalised as a name, every distinctive word, and no longer name around them', () => {
    const find = finder(['Libyan National Army', 'Rapid Support Forces', 'Government of National Accord']);
    expect(find('national libyan army; rapid support; in accord with the national government')).toEqual([]);
    expect(find('The Support Forces; Libyan Army; the National Army.')).toEqual([]);
    expect(find('The Sudanese Rapid Support Team; Rapid Support Unit')).toEqual([]);
    // an extra word only in names of three words or more, and only one
    expect(finder(['Rapid Support Forces'])('Rapid Quick Support Forces')).toEqual([['Rapid Quick Support Forces', 'extra', 'Rapid Support Forces']]);
    expect(finder(['Popular Front'])('Front Big Popular')).toEqual([]);
    expect(find('The National Big Bad Libyan Army')).toEqual([]);
  });

  it('matches a cut-down name only when the document names the entity', () => {
    expect(finder(['Rapid Support Forces'], false)('The Rapid Support said.')).toEqual([]);
    // a reordered name does not need it
    expect(finder(['Rapid Support Forces'], false)('The Support Rapid Forces said.')).toEqual([['Support Rapid Forces', 'reordered', 'Rapid Support Forces']]);
  });

  it('ignores forms of fewer than two content words or of generic words only', () => {
    const loose = new LooseNames<string>();
    loose.add(coreKeys('Hezbollah'), 'x');
    loose.add(coreKeys('Government of the Council'), 'y');
    expect(loose.formCount).toBe(0);
  });
});
