/**
 * JUnit XML (as ESLint writes it): one test suite per file, one failing test
 * case per finding, a passing test case for a clean file. CI servers show it
 * as test results.
 */
import { extname } from 'node:path';
import { INVALID_XML, xmlEscape } from './xml.js';
import { displayPath, severityName } from './paths.js';
import type { Formatter } from './types.js';

export const junit: Formatter = (results, { cwd }) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    const classname = xmlEscape(file.slice(0, file.length - extname(file).length));
    const failures = r.messages.length;
    out += `  <testsuite package="org.translint" time="0" tests="${failures || 1}" errors="${failures}" name="${xmlEscape(file)}">\n`;
    if (failures === 0) out += `    <testcase time="0" name="${xmlEscape(file)}" classname="${classname}" />\n`;
    for (const m of r.messages) {
      const label = severityName(m.severity);
      const detail = `line ${m.line}, col ${m.column}, ${label[0].toUpperCase()}${label.slice(1)} - ${m.message} (${m.ruleId})`;
      out += `    <testcase time="0" name="translint.rules.${xmlEscape(m.ruleId)}" classname="${classname}">\n`;
      out += `      <failure message="${xmlEscape(m.message)}"><![CDATA[${cdata(detail)}]]></failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return out + '</testsuites>\n';
};

/** Text safe inside a CDATA section: `]]>` split across two sections, invalid characters replaced. */
function cdata(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/]]>/g, ']]]]><![CDATA[>');
}
