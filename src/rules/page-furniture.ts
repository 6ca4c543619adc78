/**
 * page-furniture: page furniture found by its shape, not by a list of
 * phrases: the companion of `boilerplate` (whose pack lists stay the precise
 * first layer; a line they recognise is left to it). Each line of the text is
 * classified from features a boilerplate detector uses (as jusText does for
 * paragraphs): its length, whether it ends like a sentence, its words
 * (interface words, calls to action, names of sites and agencies, date words,
 * copyright notices: rules/language/furniture.yaml, in en, fr, de, es and
 * it, all used for every document since pages carry furniture in other
 * languages), link-like text (web and e-mail addresses, @handles), digits
 * only, separators, bracketed agency tags, and its position (a site name
 * stands first or last; short lines at the end next to other furniture are
 * furniture too).
 *
 * Found:
 * - copyright notices; date and time stamps (a clock time, or a label such as
 *   "Last update:"; a date alone is a dateline and stays); lone counters
 *   ("148"); CMS shortcodes ("[ad_1]"); separator lines ("=====");
 * - lines of links, e-mail addresses and @handles, and contact lines;
 * - interface text: a short line made only of interface words in any of the
 *   five languages ("Imprimer", "Pin It", "Back to top button", "en Français");
 * - calls to action ("Follow us on ...", "... click here.");
 * - the site's or agency's name standing alone first or last, source lines
 *   at the end ("Source: ..."), header lines of short segments separated by
 *   bars or bullets ("Site TV • World • 15/07/2018");
 * - agency tags: a feed credit in brackets before the story's own dateline,
 *   an agency credit with a date in brackets at the end of a line, an
 *   end-of-story marker ("(end)");
 * - menus: three or more short lines in a row with interface words;
 * - when several files are linted together (the CLI counts the short lines of
 *   all of them first), a short line that stands in several files that are not
 *   copies of one story: the site's header or footer.
 *
 * Clean: headlines (even short ones), datelines ("BEIRUT", "TRIPOLI
 * (Reuters) -", a date alone), bylines in the body, one-word replies in
 * dialogue ("Share." ends like a sentence), lines in quotation marks.
 *
 * Severity: warning; the weaker signals (a short line among furniture) are
 * info. Fix: a suggestion to delete the line (or the tag), never an automatic
 * fix, since only a reader can tell furniture from the author's text.
 */
import { fold } from '../text/fold.js';
import { furnitureData, type FurnitureData } from '../text/furniture-data.js';
import { langData, type LangData } from '../text/lang-data.js';
import type { Word } from '../text/words.js';
import type { Severity } from '../types.js';
import { findListedFurniture, lineDeletion } from './boilerplate.js';
import type { RuleContext, RuleModule } from './rule.js';

interface Line {
  /** Index among the non-blank lines. */
  i: number;
  /** The trimmed line. */
  start: number;
  end: number;
  body: string;
  /** The whole line with its line break. */
  lineStart: number;
  lineEnd: number;
  hasBreak: boolean;
  /** Blank lines before it. */
  blankBefore: boolean;
  ws: Word[];
  keys: string[];
}

interface Hit {
  what: string;
  severity?: Severity;
  /** A part of the line only (a tag); default the whole line. */
  range?: [number, number];
}

const SENTENCE_END = /[.!?…;]["'”’»)\]]*$/u;
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const EMAIL_IN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
const HANDLE = /^@[\p{L}\p{N}_.]{2,}$/u;
const PHONE = /^\+?[\d\s().-]{6,}$/u;
const DOMAIN = /\b[\p{L}\p{N}-]+\.(?:com|net|org|info|tv|fm|news|co|ly|ma|tn|dz|eg|sy|iq|lb|uz|ae|sa|qa|it|fr|de|es|ch|be|at)\b/iu;
const CLOCK = /\b\d{1,2}(?::|h)\d{2}\b/u;
const SHORTCODE = /^\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]$/iu;
const SEPARATOR = /^[=_~*#•·+\-–—]{4,}\s*[\p{L}.]{0,8}$/u;
const BAR_SPLIT = /\s+[|•·]\s+/u;
const DASH_SPLIT = /\s+[-–—]\s+/u;
const PLATFORMS = new Set(['facebook', 'twitter', 'x', 'instagram', 'youtube', 'whatsapp', 'telegram', 'tiktok', 'linkedin', 'pinterest', 'vk', 'snapchat', 'threads']);
const CLICK_HERE = /\b(?:click here|tap here|cliquez ici|klicken sie hier|hier klicken|haga clic aqu[ií]|haz clic aqu[ií]|pincha aqu[ií]|clicca qui|cliccare qui)\b/iu;
/** Words before a call-to-action verb that keep it a call ("To read ...", "Potete seguirci", "Bitte folgen"). */
const CTA_LEADS = new Set(['to', 'please', 'pour', 'veuillez', 'bitte', 'para', 'por', 'favor', 'potete', 'per', 'also', 'and', 'et', 'und', 'y', 'e']);
const CORPUS_MIN_FILES = 2;

export const pageFurniture: RuleModule = {
  meta: {
    id: 'page-furniture',
    description: 'Page furniture found by its shape: copyright and date stamps, counters, handles, interface text, calls to action, site names, agency tags, menus, lines repeated across a site.',
    type: 'problem',
    defaultSeverity: 'warning',
    hasSuggestions: true,
    languages: '*',
    messages: {
      line: "'{{found}}' looks like {{what}}, left from the web page: delete the line unless it belongs to the article.",
      part: "'{{found}}' looks like {{what}}, left from the web page: delete it unless it belongs to the article.",
      block: "These {{count}} short lines look like {{what}}, left from the web page: delete them unless they belong to the article.",
      deleteLine: 'Delete the line',
      deletePart: "Delete '{{found}}'",
    },
    docs: { fixSafety: "Suggestion only (delete the line or the tag): only a reader can tell furniture from the author's text." },
  },
  check(context) {
    const { text } = context;
    const fd = furnitureData();
    const ld = langData(context.language);
    const lines = splitLines(context);
    if (lines.length === 0) return;
    const listed = new Set(findListedFurniture(context).map((h) => h.lineStart));
    const hits = new Map<number, Hit>();
    const n = lines.length;
    for (const l of lines) {
      if (listed.has(l.lineStart)) continue;
      const hit = classify(l, lines, fd, ld) ?? repeatedInCorpus(l, context);
      if (hit) hits.set(l.i, hit);
    }
    // menus: three or more short lines in a row, one of them with interface or site words
    const blocks: Array<[number, number]> = [];
    for (let i = 0; i < n; ) {
      let j = i;
      while (j < n && isMenuItem(lines[j]) && (j === i || !lines[j].blankBefore || lines[j].body.startsWith('•'))) j++;
      // a run most of whose lines are furniture of a plainer kind (handles, links) is left to those findings
      const found = lines.slice(i, j).filter((l) => hits.has(l.i)).length;
      if (j - i >= 3 && found * 2 < j - i && lines.slice(i, j).some((l) => l.keys.some((k) => fd.ui.has(k) || fd.siteWords.has(k)))) {
        blocks.push([i, j]);
        for (let k = i; k < j; k++) hits.delete(k);
        i = j;
      } else i = Math.max(j, i + 1);
    }
    // the end of the text: short lines next to furniture are furniture (jusText's context step)
    for (let i = n - 1; i >= 0; i--) {
      const l = lines[i];
      if (hits.has(i) || listed.has(l.lineStart) || blocks.some(([a, b]) => i >= a && i < b)) continue;
      const near = (k: number) => k >= 0 && k < n && (hits.has(k) || listed.has(lines[k].lineStart) || blocks.some(([a, b]) => k >= a && k < b));
      if (i > 0 && l.ws.length > 0 && l.ws.length <= 3 && !SENTENCE_END.test(l.body) && !isQuoted(l.body) && (near(i + 1) || near(i - 1))) {
        hits.set(i, { what: 'a short line among other page furniture', severity: 'info' });
      } else break;
    }
    for (const [a, b] of blocks) {
      const first = lines[a];
      const last = lines[b - 1];
      const found = text.slice(first.start, last.end);
      context.report({
        messageId: 'block',
        data: { count: b - a, what: 'a site menu' },
        range: [first.start, last.end],
        suggestions: [{ messageId: 'deleteLine', fix: lineDeletion(text, first.lineStart, last.lineEnd, last.hasBreak) }],
        actual: found,
        expected: [''],
      });
    }
    for (const [i, hit] of [...hits].sort((x, y) => x[0] - y[0])) {
      const l = lines[i];
      const [s, e] = hit.range ?? [l.start, l.end];
      const found = text.slice(s, e);
      const whole = !hit.range;
      const fix = whole ? lineDeletion(text, l.lineStart, l.lineEnd, l.hasBreak) : { range: [s, e] as [number, number], text: '' };
      context.report({
        messageId: whole ? 'line' : 'part',
        data: { found: found.length > 80 ? found.slice(0, 77) + '...' : found, what: hit.what },
        range: [s, e],
        suggestions: [whole ? { messageId: 'deleteLine', fix } : { messageId: 'deletePart', data: { found }, fix }],
        severity: hit.severity,
        actual: found,
        expected: [''],
      });
    }
  },
};

function splitLines(context: RuleContext): Line[] {
  const { text } = context;
  const ws = context.doc.words;
  const out: Line[] = [];
  let w = 0;
  let blank = false;
  for (const m of text.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
    if (m[0] === '') break;
    const lineStart = m.index;
    const raw = m[0].slice(0, m[0].length - m[1].length);
    const start = lineStart + (raw.length - raw.trimStart().length);
    const end = lineStart + raw.trimEnd().length;
    const first = w;
    while (w < ws.length && ws[w].start < lineStart + raw.length) w++;
    if (start >= end) {
      blank = true;
      continue;
    }
    const lws = ws.slice(first, w);
    out.push({ i: out.length, start, end, body: text.slice(start, end), lineStart, lineEnd: lineStart + m[0].length, hasBreak: m[1] !== '', blankBefore: blank, ws: lws, keys: lws.map((x) => x.key) });
    blank = false;
  }
  return out;
}

function isQuoted(body: string): boolean {
  return /^["“«„‘'—–-]/u.test(body);
}

/** Every word of ≥ 4 letters that is not a function word starts with a capital (or is a number). */
function titleCase(l: Line, ld: LangData): boolean {
  let content = 0;
  for (let k = 0; k < l.ws.length; k++) {
    const w = l.body.slice(l.ws[k].start - l.start, l.ws[k].end - l.start);
    if (/^\p{N}/u.test(w) || w.length < 4 || ld.functionWords.has(l.keys[k])) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    content++;
  }
  return content > 0;
}

function classify(l: Line, lines: Line[], fd: FurnitureData, ld: LangData): Hit | undefined {
  const { body, keys } = l;
  const n = lines.length;
  const nw = keys.length;
  const ends = SENTENCE_END.test(body);
  if (SHORTCODE.test(body)) return { what: 'a CMS shortcode' };
  if (SEPARATOR.test(body)) return { what: 'a separator line' };
  if (/^\d{1,7}$/u.test(body)) return { what: 'a lone counter (of views, shares or comments)' };
  // a long line (a paragraph of the article) can only carry a tag at its start or end, or an address
  if (nw > 40) return agencyTag(l, fd) ?? (body.includes('@') && EMAIL_IN.test(body) && !SENTENCE_END.test(body) ? { what: 'a contact line' } : undefined);
  if (nw <= 30 && isCopyright(body, fd)) return { what: 'a copyright notice' };
  const link = linkLine(l, fd);
  if (link) return link;
  if (nw <= 16 && isStamp(l, fd)) return { what: 'a date and time stamp' };
  const tag = agencyTag(l, fd);
  if (tag) return tag;
  if (nw === 0) return undefined;
  if (isQuoted(body)) return undefined;
  // interface text: only interface words (and short glue words)
  if (nw <= 20 && isCallToAction(l, fd)) return { what: 'a call to action (follow, share, read more)' };
  if (nw <= 5 && !ends && !/\d/u.test(body) && uiOnly(keys, fd, ld)) return { what: 'interface text (a button, menu or language switch)' };
  // a header line of short segments between bars or bullets
  const bar = body.split(BAR_SPLIT);
  if (bar.length >= 2 && nw <= 12 && !ends && bar.every((s) => shortSegment(s))) return { what: 'a site header or breadcrumb line' };
  // a source credit at the end
  if (l.i >= n - 3 && nw <= 8) {
    const label = /^([^:]{1,20}?)\s*:\s*(\S.*)?$/u.exec(body);
    if (label && fd.sourceLabels.has(fold(label[1]).replace(/\s+/gu, ' ')) && !ends) return { what: 'a source credit line' };
  }
  // the site's name standing alone first or last
  const top = l.i === 0;
  const bottom = l.i >= n - 2 && n >= 4;
  if (nw <= 7 && !/[.!?…;]$/u.test(body)) {
    const site = keys.some((k) => fd.siteWords.has(k)) || DOMAIN.test(body);
    if (site && titleCase(l, ld)) {
      const dash = body.split(DASH_SPLIT);
      if (top || bottom) return { what: "the site's or agency's name" };
      if (dash.length === 2 && dash.every((s) => shortSegment(s))) return { what: "the site's name with a place" };
    }
  }
  // a link to more articles at the end ("More from ...")
  if (l.i >= n - 2 && nw <= 10 && !ends && fd.moreLinks.some((p) => startsWithPhrase(keys, p) && namesAfter(l, p.length, ld))) return { what: 'a link to more articles' };
  // a label left without its content: the last line, or before a link
  if (nw <= 3 && body.endsWith(':') && (l.i === n - 1 || (lines[l.i + 1] && linkLine(lines[l.i + 1], fd)))) {
    return { what: 'a label left without its content' };
  }
  return undefined;
}

/** The words after the first `from` are a name: a bracketed or title-case section or site name ("More from (The War Diaries)"). */
function namesAfter(l: Line, from: number, ld: LangData): boolean {
  if (from >= l.ws.length) return true;
  if (/^[([«"“].*[)\]»"”]$/u.test(l.body.slice(l.ws[from].start - l.start - 1).trim())) return true;
  return titleCase({ ...l, ws: l.ws.slice(from), keys: l.keys.slice(from) }, ld);
}

function startsWithPhrase(keys: string[], phrase: string[]): boolean {
  return phrase.length <= keys.length && phrase.every((w, k) => keys[k] === w);
}

function shortSegment(s: string): boolean {
  const ws = s.trim().split(/\s+/u).filter((x) => /[\p{L}\p{N}]/u.test(x));
  return ws.length >= 1 && ws.length <= 4 && !/[.!?;,]$/u.test(s.trim());
}

function isCopyright(body: string, fd: FurnitureData): boolean {
  if (body.includes('©')) return true;
  const f = ` ${fold(body).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return fd.copyright.some((p) => p !== '©' && f.includes(` ${p} `));
}

/** Links, addresses and handles only (after an optional label), or a contact line with an e-mail address. */
function linkLine(l: Line, _fd: FurnitureData): Hit | undefined {
  const { body, keys } = l;
  let rest = body;
  const label = /^([^:]{1,30}):\s*(.*)$/u.exec(body);
  if (label && !/https?$/iu.test(label[1])) {
    const lk = fold(label[1]).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (lk.length === 1 && PLATFORMS.has(lk[0]) && label[2].split(/\s+/u).length <= 6) return { what: 'a social-media handle or contact line' };
    if (lk.length <= 3) rest = label[2];
  }
  const tokens = rest.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length > 0 && tokens.length <= 6) {
    const linkish = (t: string) => URL.test(t) || EMAIL.test(t) || HANDLE.test(t) || PHONE.test(t);
    if (tokens.every((t) => linkish(t.replace(/[,;.]$/u, ''))) && tokens.some((t) => !PHONE.test(t))) return { what: 'a link, address or social-media handle' };
    // a web address cut short by the page ("https://www.site … end-of-slug")
    if (URL.test(tokens[0]) && tokens.length <= 3 && !/\s[\p{L}]+\s[\p{L}]+\s/u.test(rest)) return { what: 'a link, address or social-media handle' };
  }
  if (body.includes('@') && EMAIL_IN.test(body) && !SENTENCE_END.test(body) && keys.length <= 40) return { what: 'a contact line' };
  return undefined;
}

/** A date and time stamp: date words, digits and a clock time, or a stamp label and a date. */
function isStamp(l: Line, fd: FurnitureData): boolean {
  let { body } = l;
  let labelled = false;
  const label = /^([\p{L} ]{2,25}):\s*(.+)$/u.exec(body);
  if (label && fd.stampLabels.has(fold(label[1]).trim().replace(/\s+/gu, ' '))) {
    labelled = true;
    body = label[2];
  }
  if (!/\d/u.test(body)) return false;
  const tokens = fold(body).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0 || tokens.length > 16) return false;
  if (!tokens.every((t) => /^\d+(?:st|nd|rd|th|er|e|o|a)?$/u.test(t) || fd.dateWords.has(t))) return false;
  return labelled || CLOCK.test(body);
}

/** Bracketed agency tags: a feed credit before the dateline, an agency credit with a date at the end, an end marker. */
function agencyTag(l: Line, fd: FurnitureData): Hit | undefined {
  const { body, start } = l;
  const end = /[([]\s*([\p{L}]+)\s*[)\]]$|[-–—]\s*([\p{L}]+)\s*[-–—]$/u.exec(body);
  if (end && fd.endMarkers.has(fold(end[1] ?? end[2])) && (end.index === 0 || /[.!?"”»]\s*$/u.test(body.slice(0, end.index)))) {
    return { what: 'an end-of-story marker of agency copy', range: [start + end.index, start + body.length] };
  }
  const credit = /\(\s*[\p{Lu}][\p{L}.&'-]*(?:\s+[\p{Lu}][\p{L}.&'-]*){0,4}\s*[,-]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)$/u.exec(body);
  if (credit && credit.index > 0 && l.ws.length <= 24) return { what: 'an agency credit with a date', range: [start + credit.index, start + body.length] };
  const lead = /^\((?:[^()]|\([^()]*\)){3,80}\)/u.exec(body);
  if (lead) {
    const inner = lead[0];
    const after = body.slice(inner.length, inner.length + 120);
    const agencyish = /^\(\s*\p{Lu}{3,}\s*-/u.test(inner) || (fold(inner).match(/\p{L}+/gu) ?? []).some((k) => fd.siteWords.has(k));
    if (agencyish && /\S/u.test(after) && /\(\p{Lu}{2,}\)/u.test(after)) return { what: "a feed credit before the story's own dateline", range: [start, start + inner.length] };
  }
  return undefined;
}

function uiOnly(keys: string[], fd: FurnitureData, ld: LangData): boolean {
  let ui = 0;
  for (const k of keys) {
    if ((fd.ui.has(k) || fd.languageNames.has(k)) && !ld.functionWords.has(k)) ui++;
    else if (!(k.length <= 2 || ld.functionWords.has(k) || fd.ctaVerbs.has(k) || fd.ui.has(k))) return false;
  }
  return ui > 0;
}

function isCallToAction(l: Line, fd: FurnitureData): boolean {
  if (CLICK_HERE.test(l.body)) return true;
  const { keys } = l;
  const at = keys.findIndex((k) => fd.ctaVerbs.has(k));
  if (at < 0 || at > 1 || (at === 1 && !CTA_LEADS.has(keys[0]))) return false;
  return keys.slice(at + 1).some((k) => fd.ctaObjects.has(k) || PLATFORMS.has(k));
}

function isMenuItem(l: Line): boolean {
  const body = l.body.replace(/^[•·*-]\s*/u, '');
  return l.ws.length >= 1 && l.ws.length <= 4 && !SENTENCE_END.test(body) && !body.endsWith(',') && /^\p{Lu}/u.test(body);
}

/** A short line that stands in several other files of the corpus linted with this one. */
function repeatedInCorpus(l: Line, context: RuleContext): Hit | undefined {
  const count = context.corpus?.repeatedLines.get(corpusLineKey(l.body));
  if (!count || count < CORPUS_MIN_FILES) return undefined;
  return { what: `a line that stands in ${count} files of this corpus (the site's header or footer)` };
}

/** The key of a line for the corpus count: folded, spaces collapsed. */
export function corpusLineKey(body: string): string {
  return fold(body.trim()).replace(/\s+/gu, ' ');
}
