/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
 *
 * One run: the tool with every rule (id, description, default level), the
 * results with their rule index, level, message, region (1-based lines and
 * columns; columns count UTF-16 code units, as the run's columnKind says),
 * file URIs relative to the working directory (uriBaseId %SRCROOT%), fixes
 * as replacements, and partial fingerprints that hash rule, file, found text
 * and occurrence index (not the line, so edits elsewhere keep them stable).
 */
import { pathToFileURL } from 'node:url';
import { DIRECTIVE_RULES } from '../engine/directives.js';
import { findingKeys, fingerprint, portablePath } from '../engine/baseline.js';
import { packageInfo, repositoryFileUrl } from '../io/package-info.js';
import { RULE_HELP } from '../rules/help.js';
import { allRules } from '../rules/index.js';
import type { Diagnostic, Fix, Severity } from '../types.js';
import type { Formatter } from './types.js';

const LEVEL = { 2: 'error', 1: 'warning', 0: 'note' } as const;
const DEFAULT_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** The project's home page (package.json `homepage`). */
export function informationUri(): string {
  return packageInfo().homepage;
}

/** The documentation of a rule: docs/rules.md in the repository (package.json `repository`), at the rule's heading. */
export function ruleHelpUri(id: string): string {
  return `${repositoryFileUrl('docs/rules.md')}#${id}`;
}

interface DescribedRule {
  id: string;
  description: string;
  fixable?: string;
  hasSuggestions?: boolean;
  fixSafety?: string;
}

/** How a rule's findings are fixed, from its meta when it does not say so itself. */
function fixSafetyText(r: DescribedRule): string {
  if (r.fixSafety) return r.fixSafety;
  if (r.fixable) return `${r.fixable === 'safe' ? 'Safe' : 'Unsafe'} automatic fix (${r.fixable === 'safe' ? '--fix' : '--unsafe-fixes'}).`;
  return r.hasSuggestions ? 'Suggestions only, never applied automatically.' : 'No automatic fix.';
}

/** SARIF name, fullDescription and help (text and Markdown) for a rule. */
export function ruleDocumentation(r: DescribedRule) {
  const help = RULE_HELP[r.id];
  if (!help) throw new Error(`no help text for rule ${r.id} in src/rules/help.ts`);
  const safety = fixSafetyText(r);
  const text = [
    `${r.description}`,
    `What it catches: ${help.catches}`,
    `Example: "${help.example.bad}" -> "${help.example.good}"`,
    `How to fix: ${help.fix}`,
    `Fix safety: ${safety}`,
  ].join('\n\n');
  const markdown = [
    `**${r.description}**`,
    `**What it catches.** ${help.catches}`,
    `**Example.**\n\n\`\`\`text\n${help.example.bad}\n\`\`\`\n\nbecomes\n\n\`\`\`text\n${help.example.good}\n\`\`\``,
    `**How to fix.** ${help.fix}`,
    `**Fix safety.** ${safety}`,
    `[Documentation](${ruleHelpUri(r.id)})`,
  ].join('\n\n');
  return {
    name: help.name,
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} ${help.catches}` },
    help: { text, markdown },
    helpUri: ruleHelpUri(r.id),
  };
}

function ruleDescriptors() {
  const rules = allRules.map((r) => ({
    id: r.meta.id,
    ...ruleDocumentation({ id: r.meta.id, description: r.meta.description, fixable: r.meta.fixable, hasSuggestions: r.meta.hasSuggestions, fixSafety: r.meta.docs?.fixSafety }),
    defaultConfiguration: { level: DEFAULT_LEVEL[r.meta.defaultSeverity], ...(r.meta.defaultSeverity === 'off' ? { enabled: false } : {}) },
    properties: { tags: [r.meta.type], ...(r.meta.fixable ? { fixable: r.meta.fixable } : {}) },
  }));
  const engine = DIRECTIVE_RULES.map((r) => ({
    id: r.id,
    ...ruleDocumentation({ id: r.id, description: r.description, fixSafety: 'No automatic fix.' }),
    defaultConfiguration: { level: DEFAULT_LEVEL[r.defaultSeverity] },
    properties: { tags: ['directive'] },
  }));
  return [...rules, ...engine];
}

/** A file reference: relative to %SRCROOT% (the working directory) when inside it, else an absolute file URI. */
function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath.startsWith('<')) return { uri: encodeURIComponent(filePath) };
  const rel = portablePath(filePath, cwd);
  if (rel.startsWith('../') || rel === '..') return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(m: Diagnostic) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

/** The region a fix replaces: the finding's own when the ranges agree, else by character offsets. */
function fixRegion(m: Diagnostic, fix: Fix) {
  if (fix.range[0] === m.range[0] && fix.range[1] === m.range[1]) return region(m);
  return { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] };
}

export const sarif: Formatter = (results, { cwd }) => {
  const rules = ruleDescriptors();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => {
    const location = artifact(r.filePath, cwd);
    const keys = findingKeys(r, portablePath(r.filePath, cwd));
    return r.messages.map((m, i) => {
      const ruleIndex = index.get(m.ruleId);
      return {
        ruleId: m.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        partialFingerprints: { 'translint/v1': fingerprint(keys[i].key, keys[i].occurrence) },
        ...(m.fix
          ? {
              fixes: [
                {
                  description: { text: m.fixSafety === 'unsafe' ? `Replace with '${m.fix.text}' (unsafe: check the meaning)` : `Replace with '${m.fix.text}'` },
                  artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: fixRegion(m, m.fix), insertedContent: { text: m.fix.text } }] }],
                },
              ],
            }
          : {}),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'translint', version: packageInfo().version, informationUri: informationUri(), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
