/** Checkstyle XML, read by Jenkins warnings-ng, reviewdog and many CI dashboards. */
import { xmlEscape } from './xml.js';
import { displayPath, severityName } from './paths.js';
import type { Formatter } from './types.js';

export const checkstyle: Formatter = (results, { cwd }) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    out += `  <file name="${xmlEscape(displayPath(r.filePath, cwd))}">\n`;
    for (const m of r.messages) {
      out +=
        `    <error line="${m.line}" column="${m.column}" severity="${severityName(m.severity)}"` +
        ` message="${xmlEscape(`${m.message} (${m.ruleId})`)}" source="${xmlEscape(`translint.rules.${m.ruleId}`)}" />\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>\n';
};
