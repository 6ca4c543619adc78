/**
 * What package.json says about the project: version, home page and the
 * repository, from which absolute links to the docs and schemas are made
 * (they work for every install: local, global, npx).
 */
import { readFileSync } from 'node:fs';

interface PackageInfo {
  version: string;
  homepage: string;
  repository: { url: string };
}

let info: PackageInfo | undefined;
export function packageInfo(): PackageInfo {
  return (info ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url) /* two folders up from src/io, dist/io and dist/bundle alike */, 'utf8')) as PackageInfo);
}

/** https://github.com/<owner>/<name>, from package.json `repository`. */
export function repositoryUrl(): string {
  return packageInfo().repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** A file of the repository's main branch as a page (`blob`) or as raw content. */
export function repositoryFileUrl(path: string, raw = false): string {
  const repo = repositoryUrl();
  if (!raw) return `${repo}/blob/main/${path}`;
  return `${repo.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/${path}`;
}
