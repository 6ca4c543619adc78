import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { Linter } from '../src/engine/linter.js';

describe('removing an unused disable directive', () => {
  const linter = new Linter(resolveConfig({ reportUnusedDisableDirectives: true, language: 'en' } as never, '/'));
  it.each([
    ['a comment on a line of its own goes with its line: the paragraph stays one', 'Para one.\n<!-- translint-disable -->\nPara continues.\n', 'Para one.\nPara continues.\n'],
    ['CRLF lines too', 'Para one.\r\n<!-- translint-disable -->\r\nPara continues.\r\n', 'Para one.\r\nPara continues.\r\n'],
    ['a comment at the end of a line of text takes the spaces before it', 'Para one. <!-- translint-disable-line -->\nPara continues.\n', 'Para one.\nPara continues.\n'],
    ['a comment inside a line leaves the words around it', 'Para <!-- translint-disable-line --> one.\n', 'Para  one.\n'],
  ])('%s', async (_name, text, expected) => {
    const { output } = await linter.fixText(text, { filePath: 'a.md' });
    expect(output).toBe(expected);
  });
});
