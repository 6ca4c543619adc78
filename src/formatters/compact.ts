/**
 * One line per finding, for editors' problem matchers and grep:
 *   file:line:col: severity message [rule]
 */
import { displayPath, severityName } from './paths.js';
import { collected, type StreamingFormatter } from './types.js';

export const compactStream: StreamingFormatter = ({ cwd }) => ({
  file(r) {
    let out = '';
    const file = displayPath(r.filePath, cwd);
    for (const m of r.messages) {
      out += `${file}:${m.line}:${m.column}: ${severityName(m.severity)} ${m.message.replace(/\s*[\r\n]+\s*/g, ' ')} [${m.ruleId}]\n`;
    }
    return out;
  },
  end: () => '',
});

export const compact = collected(compactStream);
