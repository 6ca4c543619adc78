/**
 * The SARIF log checked with GitHub's own rules: Microsoft's SARIF
 * multitool (`validate --rule-kind Gh;Sarif`, the checks GitHub code scanning
 * applies on upload), run offline from the @microsoft/sarif-multitool
 * development dependency. Skipped, saying why, on a platform it has no build
 * for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/ci-project.js';

const require = createRequire(import.meta.url);
function multitool(): string | undefined {
  try {
    const dir = join(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`), '..');
    const exe = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    return existsSync(exe) ? exe : undefined;
  } catch {
    return undefined;
  }
}
const exe = multitool();

describe('sarif format, GitHub code scanning rules', () => {
  it.skipIf(!exe)(`no error or warning from sarif-multitool validate --rule-kind Gh;Sarif${exe ? '' : ' (skipped: no sarif-multitool build for this platform)'}`, async () => {
    const dir = makeProject({
      'news/a.txt': 'Talks in Geneva.\nKhalifa Hifter met the Al-Wefaq government envoy.\nLater Hifter left.\n',
      'news/b.md': '# Talks\n\nThe the envoy arrived.\n\n<!-- translint-disable-next-line entity-varient -->\nHe left.\n',
    });
    const lint = await runCli(['news', '-f', 'sarif', '-o', 'report.sarif'], dir);
    expect(lint.code).toBe(1);
    const r = spawnSync(exe!, ['validate', '--rule-kind', 'Gh;Sarif', '--log', 'ForceOverwrite', '-o', 'validation.sarif', 'report.sarif'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const validation = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8'));
    const problems = validation.runs[0].results.map((x: { ruleId: string; message: { text?: string } }) => `${x.ruleId}: ${x.message.text ?? ''}`);
    expect(problems).toEqual([]);
    // the validator does report problems: a log whose rules lack help fails it
    const broken = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'));
    for (const rule of broken.runs[0].tool.driver.rules) {
      delete rule.help;
      delete rule.fullDescription;
    }
    writeFileSync(join(dir, 'broken.sarif'), JSON.stringify(broken));
    spawnSync(exe!, ['validate', '--rule-kind', 'Gh;Sarif', '--log', 'ForceOverwrite', '-o', 'broken-validation.sarif', 'broken.sarif'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    const brokenResults = JSON.parse(readFileSync(join(dir, 'broken-validation.sarif'), 'utf8')).runs[0].results;
    expect(brokenResults.length).toBeGreaterThan(0);
  }, 600_000);
});
