/**
 * JUnit XML, in the shape CI dashboards and JUnit parsers read: one test
 * suite per file, one test case per finding, a passing test case for a clean
 * file. Errors are failing test cases (<failure>); warnings and infos are
 * passing test cases whose finding is in <system-out>, unless
 * `warningsAsFailures` (--junit-warnings-as-failures) makes them failures too.
 * Every <testsuite> and the <testsuites> root carry tests, failures, errors
 * (always 0: a finding is a failure, not a crashed test) and skipped counts.
 */
import { extname } from 'node:path';
import { INVALID_XML, xmlEscape } from './xml.js';
import { displayPath, severityName } from './paths.js';
import type { Formatter } from './types.js';

export const junit: Formatter = (results, { cwd, warningsAsFailures = false }) => {
  let body = '';
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    const classname = xmlEscape(file.slice(0, file.length - extname(file).length));
    let cases = '';
    let suiteFailures = 0;
    for (const m of r.messages) {
      const label = severityName(m.severity);
      const detail = `line ${m.line}, col ${m.column}, ${label[0].toUpperCase()}${label.slice(1)} - ${m.message} (${m.ruleId})`;
      const fails = m.severity === 2 || warningsAsFailures;
      cases += `    <testcase time="0" name="translint.rules.${xmlEscape(m.ruleId)}" classname="${classname}">\n`;
      if (fails) {
        suiteFailures++;
        cases += `      <failure message="${xmlEscape(m.message)}" type="${label}"><![CDATA[${cdata(detail)}]]></failure>\n`;
      } else {
        cases += `      <system-out><![CDATA[${cdata(detail)}]]></system-out>\n`;
      }
      cases += '    </testcase>\n';
    }
    if (r.messages.length === 0) cases += `    <testcase time="0" name="${xmlEscape(file)}" classname="${classname}" />\n`;
    const suiteTests = r.messages.length || 1;
    tests += suiteTests;
    failures += suiteFailures;
    body += `  <testsuite package="org.translint" time="0" tests="${suiteTests}" failures="${suiteFailures}" errors="0" skipped="0" name="${xmlEscape(file)}">\n${cases}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="translint" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">\n${body}</testsuites>\n`;
};

/** Text safe inside a CDATA section: `]]>` split across two sections, invalid characters replaced. */
function cdata(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/]]>/g, ']]]]><![CDATA[>');
}
