#!/usr/bin/env node
/**
 * Writes docs/rules.md (one section per rule, the target of each rule's SARIF
 * helpUri) from the built package: `npm run build && npm run docs:rules`.
 */
import { writeFileSync } from 'node:fs';
import { DIRECTIVE_RULES } from '../dist/engine/directives.js';
import { allRules } from '../dist/rules/index.js';
import { RULE_HELP } from '../dist/rules/help.js';

const rows = [
  ...allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, severity: r.meta.defaultSeverity, fixable: r.meta.fixable, hasSuggestions: r.meta.hasSuggestions, fixSafety: r.meta.docs?.fixSafety, languages: r.meta.languages })),
  ...DIRECTIVE_RULES.map((r) => ({ id: r.id, description: r.description, severity: r.defaultSeverity, fixSafety: 'No automatic fix.', languages: '*' })),
];
let out = `# Rules

Every rule translint runs, with what it catches, an example, how to fix it and
how safe its automatic fix is. SARIF reports link each finding's rule here.
\`translint rules\` lists the rules with their default severities; the last two
are reported by the engine for \`translint-disable\` comments. This page is
written by \`npm run docs:rules\` from \`src/rules/help.ts\` and the rules' own
metadata.
`;
for (const r of rows) {
  const h = RULE_HELP[r.id];
  const safety = r.fixSafety ?? (r.fixable ? `${r.fixable} automatic fix` : r.hasSuggestions ? 'Suggestions only.' : 'No automatic fix.');
  out += `
## ${r.id}

${r.description} (\`${h.name}\`; default: ${r.severity}; languages: ${r.languages === '*' ? 'all' : r.languages.join(', ')})

**What it catches.** ${h.catches}

**Example.**

\`\`\`text
${h.example.bad}
\`\`\`

becomes

\`\`\`text
${h.example.good}
\`\`\`

**How to fix.** ${h.fix}

**Fix safety.** ${safety}
`;
}
writeFileSync(new URL('../docs/rules.md', import.meta.url), out);
console.log(`docs/rules.md: ${rows.length} rules`);
