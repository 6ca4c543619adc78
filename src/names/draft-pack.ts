/**
 * A reviewable rule pack draft from discovered name groups (translint
 * discover --write): every new group becomes an entity whose canonical form
 * is the suggested spelling and whose variants are the other spellings, each
 * with its counts in a comment. Groups of names a loaded pack already knows
 * are not entities here (the id would clash with the pack's): their new
 * spellings are listed in a closing comment, to be added by hand to the pack
 * that defines the entity.
 */
import { fold } from '../text/fold.js';
import type { DiscoveredCluster, DiscoveredVariant } from './discovery.js';

export interface DraftOptions {
  /** pack name (default 'discovered') */
  name?: string;
  /** ids already taken (entities of the loaded packs) */
  takenIds?: Iterable<string>;
  /** how many files were read, for the header */
  fileCount?: number;
}

/** A YAML plain scalar when safe, else a double-quoted one. */
function scalar(s: string): string {
  if (/^[\p{L}][\p{L}\p{M}'’ .-]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s) && !/[ .-]$/.test(s)) return s;
  return JSON.stringify(s);
}

function slug(s: string): string {
  const base = fold(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9]/.test(base) ? base : `name-${base || 'x'}`;
}

function counted(v: DiscoveredVariant): string {
  const files = v.files.length;
  return `${v.count} in ${files} file${files === 1 ? '' : 's'}`;
}

export function draftPack(clusters: readonly DiscoveredCluster[], options: DraftOptions = {}): string {
  const taken = new Set(options.takenIds ?? []);
  const lines: string[] = [
    '# Rule pack DRAFT written by `translint discover`' + (options.fileCount !== undefined ? ` from ${options.fileCount} file${options.fileCount === 1 ? '' : 's'}` : '') + '.',
    '# Review it before use: check that the spellings of each entity name one',
    '# person or place (delete the entity or move spellings otherwise), choose the',
    '# house form (canonical), set the type, then lint with',
    '#   translint --rules <this file> <paths>        (reports the variants)',
    '#   translint --fix --rules <this file> <paths>  (writes the house forms)',
    '# Counts are occurrences of each spelling in the corpus.',
    `pack: ${scalar(options.name ?? 'discovered')}`,
  ];
  const fresh = clusters.filter((c) => !c.entity);
  if (fresh.length) lines.push('entities:');
  else lines.push('entities: []');
  for (const c of fresh) {
    let id = slug(c.canonical);
    for (let k = 2; taken.has(id); k++) id = `${slug(c.canonical)}-${k}`;
    taken.add(id);
    const main = c.variants.find((v) => v.text === c.canonical) ?? c.variants[0];
    const others = c.variants.filter((v) => v !== main);
    lines.push(`  - id: ${id}`);
    lines.push(`    type: ${c.type}  # TODO: check type (a guess from the contexts)`);
    const canonical = c.language === 'en' || !/^[a-z]{2,3}$/.test(c.language) ? `{ en: ${scalar(main.text)} }` : `{ en: ${scalar(main.text)}, ${c.language}: ${scalar(main.text)} }`;
    const notes = [counted(main)];
    if (c.tie) notes.push('TODO: tie, choose the house form');
    if (c.language !== 'en') notes.push(`TODO: check the English form (found in ${c.language} text)`);
    lines.push(`    canonical: ${canonical}  # ${notes.join('; ')}`);
    lines.push('    variants:');
    for (const v of others) lines.push(`      - ${scalar(v.text)}  # ${counted(v)}`);
  }
  const known = clusters.filter((c) => c.entity && c.variants.some((v) => !v.known));
  if (known.length) {
    lines.push('', '# New spellings of entities the loaded packs already define (not entities', '# here, since their ids exist): add them to the pack that defines each one.');
    for (const c of known) {
      lines.push(`# ${c.entity} (${c.canonical}):`);
      for (const v of c.variants.filter((x) => !x.known)) lines.push(`#   - ${v.text}  # ${counted(v)}`);
    }
  }
  return lines.join('\n') + '\n';
}
