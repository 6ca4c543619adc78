/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the
 * changed lines:
 *   ::error file=a.md,line=3,col=9,endLine=3,endColumn=15,title=entity-variant::message
 * Values are escaped as the runner expects: in the message % \r \n become
 * %25 %0D %0A; in properties : and , also become %3A and %2C. Info findings
 * are notices.
 */
import { displayPath } from './paths.js';
import { collected, countsOf, type StreamingFormatter } from './types.js';

const COMMAND = { 2: 'error', 1: 'warning', 0: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const githubStream: StreamingFormatter = ({ cwd }) => ({
  render(r) {
    let text = '';
    const file = escapeProperty(displayPath(r.filePath, cwd));
    for (const m of r.messages) {
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      text += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`;
    }
    return { text, counts: countsOf(r) };
  },
  add: (f) => f.text,
  end: () => '',
});

export const github = collected(githubStream);
