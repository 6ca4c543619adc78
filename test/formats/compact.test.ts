import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/ci-project.js';

describe('compact format', () => {
  it('prints file:line:col: severity message [rule], one line per finding', async () => {
    const dir = makeProject({
      'docs/a.txt': 'Intro by Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy.\n',
      'docs/clean.txt': 'Khalifa Haftar spoke.\n',
    });
    const { code, out } = await runCli(['docs', '--format', 'compact'], dir);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^docs\/a\.txt:2:9: error 'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'\..* \[entity-variant\]$/);
    expect(lines[1]).toMatch(/^docs\/a\.txt:2:24: warning 'Al-Wefaq government' .* \[entity-alias\]$/);
  });

  it('prints nothing for clean files', async () => {
    const dir = makeProject({ 'a.txt': 'Khalifa Haftar spoke.\n' });
    expect(await runCli(['a.txt', '-f', 'compact'], dir)).toEqual({ code: 0, out: '', err: '' });
  });
});
