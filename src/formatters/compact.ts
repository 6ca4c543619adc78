/**
 * One line per finding, for editors' problem matchers and grep:
 *   file:line:col: severity message [rule]
 */
import { escapeControl } from './escape.js';
import { displayPath, severityName } from './paths.js';
import { collected, countsOf, type StreamingFormatter } from './types.js';

export const compactStream: StreamingFormatter = ({ cwd }) => ({
  render(r) {
    let text = '';
    const file = escapeControl(displayPath(r.filePath, cwd));
    for (const m of r.messages) {
      text += `${file}:${m.line}:${m.column}: ${severityName(m.severity)} ${escapeControl(m.message.replace(/\s*[\r\n]+\s*/g, ' '))} [${m.ruleId}]\n`;
    }
    return { text, counts: countsOf(r) };
  },
  add: (f) => f.text,
  end: () => '',
});

export const compact = collected(compactStream);
