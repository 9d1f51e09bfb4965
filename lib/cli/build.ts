/**
 * The production build, shared by `npm start` and `npm run serve:cluster`: made when there is none
 * or the sources are newer than it, so that a second start takes seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'next.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  if (entry.endsWith(`${path.sep}generated`) || entry.endsWith('/generated')) return 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function needsBuild(): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  return Math.max(...SOURCES.map(newestMtime)) > statSync(buildId).mtimeMs;
}

/** `next build` with this environment (its store is read to prerender pages); throws when it fails. */
export function buildApp(env: NodeJS.ProcessEnv, stdio: 'inherit' | 'pipe' = 'inherit') {
  const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { stdio, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`next build failed${stdio === 'pipe' ? `:\n${result.stdout}${result.stderr}` : ''}`);
  }
}
