import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { TranslintError } from '../../src/errors.js';
import { builtinPackNames, loadPackText } from '../../src/packs/load-pack.js';
import { packsFor, sectionItems } from '../../src/packs/phrase-data.js';
import { fakeIO } from '../helpers/io.js';

function loadError(yaml: string): TranslintError {
  try {
    loadPackText(yaml, 'user.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(TranslintError);
    return err as TranslintError;
  }
  throw new Error('expected a load error');
}

describe('phrase sections of packs', () => {
  it('a catastrophic regex is rejected with the pack file and line', () => {
    const e = loadError('pack: p\nlanguage: en\ncalques:\n  - note: n\n    use: x\n    regex: "(a+)+$"\n');
    expect(e.message).toMatch(/^user\.yaml:6:\d+: regular expression '\(a\+\)\+\$' nests quantifiers/);
    expect(e.line).toBe(6);
  });

  it('a repeated alternation in a boilerplate regex is rejected', () => {
    const e = loadError('pack: p\nboilerplate:\n  - note: n\n    regex: "(?:ab|a)+c"\n');
    expect(e.message).toMatch(/^user\.yaml:4:\d+: .*repeats a group with alternatives/);
  });

  it('an invalid regex is rejected', () => {
    expect(loadError('pack: p\nboilerplate:\n  - regex: "[a-"\n').message).toMatch(/^user\.yaml:3:\d+: invalid regular expression/);
  });

  it('bad phrase syntax is rejected with the line', () => {
    expect(loadError('pack: p\nterms:\n  - id: g\n    preferred: ops room\n    members: ["ops {chamber"]\n').message).toMatch(
      /^user\.yaml:5:\d+: unclosed '\{' in phrase 'ops \{chamber'/,
    );
  });

  it('a replacement naming a slot the phrase lacks is rejected', () => {
    const e = loadError('pack: p\ncalques:\n  - phrase: on {several|many} axes\n    use: ["on {2} fronts"]\n    note: n\n');
    expect(e.message).toMatch(/^user\.yaml:4:\d+: '\{2\}' in 'on \{2\} fronts' names no slot of the phrase \(it has 1\)/);
  });

  it('regex capture groups are the slots of a regex entry', () => {
    expect(() => loadPackText('pack: p\ncalques:\n  - regex: since (days|weeks)\n    use: for {1}\n    note: n\n', 'ok.yaml')).not.toThrow();
  });

  it('unknown keys and entries without a phrase are schema errors', () => {
    expect(loadError('pack: p\ncalques:\n  - phrase: x\n    use: y\n    note: n\n    replace: z\n').message).toMatch(/^user\.yaml:6:5: unknown key 'replace'/);
    expect(loadError('pack: p\ncalques:\n  - use: y\n    note: n\n').message).toMatch(/^user\.yaml:3:\d+: /);
    expect(loadError('pack: p\nboilerplate:\n  - note: n\n').message).toMatch(/^user\.yaml:3:\d+: /);
  });

  it('the CLI stops with exit code 2 and names the pack file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-phrase-'));
    writeFileSync(join(dir, 'bad.yaml'), 'pack: bad\ncalques:\n  - note: n\n    use: x\n    regex: "(x+x+)+y"\n');
    writeFileSync(join(dir, 'a.txt'), 'Some text.\n');
    const io = fakeIO({ cwd: dir });
    expect(await run(['--rules', 'bad.yaml', 'a.txt'], io)).toBe(2);
    expect(io.err).toMatch(/bad\.yaml:5:\d+: regular expression .* nests quantifiers/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('rules read the packs of the document language and language-less packs', () => {
    const en = loadPackText('pack: a\nlanguage: en\ncalques:\n  - { phrase: x y, use: z, note: n }\n', 'a.yaml');
    const fr = loadPackText('pack: b\nlanguage: fr\ncalques:\n  - { phrase: x y, use: z, note: n }\n', 'b.yaml');
    const any = loadPackText('pack: c\ncalques:\n  - { phrase: x y, use: z, note: n }\n', 'c.yaml');
    expect(packsFor([en, fr, any], 'fr').map((p) => p.name)).toEqual(['b', 'c']);
    expect(sectionItems([en, fr, any], 'en', 'calques').map((s) => s.pack.name)).toEqual(['a', 'c']);
  });

  it('the built-in phrase packs load', () => {
    for (const name of ['mt-common', 'mt-en', 'mt-fr', 'mt-de', 'mt-es', 'mt-it']) expect(builtinPackNames()).toContain(name);
  });
});
