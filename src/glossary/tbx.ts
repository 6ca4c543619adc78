/**
 * A glossary as TBX (ISO 30042, the term-base exchange format): TBX 2
 * (martif, termEntry, langSet, tig/ntig) and TBX 3 (tbx, conceptEntry,
 * langSec, termSec). Each concept entry is a concept; each term's
 * `<termNote type="administrativeStatus">` (preferredTerm-admn-sts,
 * admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts)
 * gives its status; a `<descrip type="definition">` becomes the entity's note.
 * Parsed with saxes, which reports the line and column of malformed XML.
 */
import { SaxesParser } from 'saxes';
import { TranslintError } from '../errors.js';
import { packLanguage, termStatus, type Concept, type GlossaryTerm } from './model.js';

const CONCEPT = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec']);

export function parseTbxGlossary(text: string, file: string): Concept[] {
  const parser = new SaxesParser({ position: true });
  const concepts: Concept[] = [];
  let concept: Concept | undefined;
  let lang: string | undefined;
  let term: (Partial<GlossaryTerm> & { line: number }) | undefined;
  let capture: 'term' | 'status' | 'definition' | undefined;
  let buffer = '';
  let statusLine = 0;
  let root = '';
  const where = () => ({ file, line: parser.line, column: parser.column });
  // open elements (saxes takes one handler per event: the tag handlers keep it)
  const stack: string[] = [];

  parser.on('opentag', (node) => {
    const name = node.name.replace(/^[^:]+:/, '');
    stack.push(name);
    const attr = (a: string) => (node.attributes[a] as string | undefined) ?? undefined;
    if (!root) {
      root = name;
      if (root !== 'martif' && root !== 'tbx') throw new TranslintError(`not a TBX file: the root element is <${node.name}>, not <martif> or <tbx>`, where());
    }
    if (CONCEPT.has(name)) {
      concept = { ...(attr('id') ? { id: attr('id') } : {}), terms: [], line: parser.line };
    } else if (LANG.has(name)) {
      if (!concept) throw new TranslintError(`<${node.name}> outside a concept entry`, where());
      const tag = attr('xml:lang') ?? attr('lang');
      if (!tag) throw new TranslintError(`<${node.name}> without xml:lang`, where());
      lang = packLanguage(tag, where());
    } else if (TERM_GROUP.has(name)) {
      if (!lang) throw new TranslintError(`<${node.name}> outside a language section`, where());
      term = { lang, line: parser.line };
    } else if (name === 'term') {
      if (!lang || !concept) throw new TranslintError('<term> outside a language section', where());
      term ??= { lang, line: parser.line };
      capture = 'term';
      buffer = '';
    } else if (name === 'termNote' && attr('type') === 'administrativeStatus') {
      capture = 'status';
      statusLine = parser.line;
      buffer = '';
    } else if (name === 'descrip' && attr('type') === 'definition' && concept && !concept.note) {
      capture = 'definition';
      buffer = '';
    }
  });
  parser.on('text', (t) => {
    if (capture) buffer += t;
  });
  parser.on('cdata', (t) => {
    if (capture) buffer += t;
  });
  parser.on('closetag', (node) => {
    const name = node.name.replace(/^[^:]+:/, '');
    closeTag(name);
    stack.pop();
  });
  function closeTag(name: string): void {
    if (capture === 'term' && name === 'term') {
      const text = buffer.replace(/\s+/g, ' ').trim();
      if (!text) throw new TranslintError('an empty <term>', { file, line: term!.line });
      term!.text = text;
      capture = undefined;
      // a bare <term> directly in a language section is a term group of its own
      if (LANG.has(stack[stack.length - 2] ?? '')) finishTerm();
    } else if (capture === 'status' && name === 'termNote') {
      if (!term) throw new TranslintError('administrativeStatus outside a term', { file, line: statusLine });
      term.status = termStatus(buffer, { file, line: statusLine });
      capture = undefined;
    } else if (capture === 'definition' && name === 'descrip') {
      const note = buffer.replace(/\s+/g, ' ').trim();
      if (note && concept) concept.note = note;
      capture = undefined;
    } else if (TERM_GROUP.has(name)) {
      finishTerm();
    } else if (LANG.has(name)) {
      lang = undefined;
    } else if (CONCEPT.has(name)) {
      if (concept && concept.terms.length) concepts.push(concept);
      concept = undefined;
    }
  }
  function finishTerm(): void {
    if (!term) return;
    if (!term.text) throw new TranslintError('a term entry without a <term>', { file, line: term.line });
    concept!.terms.push(term as GlossaryTerm);
    term = undefined;
  }

  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof TranslintError) throw err;
    // saxes: "file:line:column: message" (no file name given) -> "line:column: message"
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec((err as Error).message);
    throw new TranslintError(`malformed XML: ${m ? m[3] : (err as Error).message}`, m ? { file, line: Number(m[1]), column: Number(m[2]) } : where());
  }
  if (!root) throw new TranslintError('not a TBX file: no XML element', { file });
  return concepts;
}
