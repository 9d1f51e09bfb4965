/** The render CLI: its arguments (parseRenderArgs), and the command itself: output, help, exit 2. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseRenderArgs } from '../../deploy/nginx/args';
import { renderNginxConfig } from '../../deploy/nginx/render';

const TSX = path.resolve('node_modules/.bin/tsx');
const GOOD = ['--upstream', '10.0.0.2:3000', '--upstream', '10.0.0.3:3000', '--listen', '80'];
const SITE = [...GOOD, '--prefix', '/var/cache/nginx/cctv', '--mode', 'site'];

/** Runs the CLI; never throws, returns its exit code and output. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['deploy/nginx/render-cli.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const message = (argv: string[]) => {
  const parsed = parseRenderArgs(argv);
  return parsed.ok ? null : parsed.message;
};

describe('parseRenderArgs', () => {
  it('reads repeated --upstream, --listen, --prefix, --mode, --user and --access-log', () => {
    const parsed = parseRenderArgs([
      ...GOOD,
      '--prefix',
      '/tmp/x/',
      '--mode',
      'standalone',
      '--user',
      'www-data',
      '--access-log',
      '/tmp/a.log',
    ]);
    expect(parsed).toEqual({
      ok: true,
      help: false,
      options: {
        upstreams: ['10.0.0.2:3000', '10.0.0.3:3000'],
        listen: '80',
        prefix: '/tmp/x',
        mode: 'standalone',
        user: 'www-data',
        accessLog: '/tmp/a.log',
      },
    });
  });

  it.each<[string, string[], string]>([
    [
      'nothing',
      [],
      '--listen is required; --upstream name at least one app server; --prefix is required; --mode is required',
    ],
    ['a bad app server', [...SITE.slice(2), '--upstream', 'app'], '--upstream "app" must be HOST:PORT'],
    [
      'a bad port',
      [...SITE.slice(0, 4), '--listen', '99999', ...SITE.slice(6)],
      '--listen must be a port from 1 to 65535',
    ],
    ['a relative prefix', [...GOOD, '--prefix', 'cache', '--mode', 'site'], '--prefix must be an absolute path'],
    ['an unknown mode', [...GOOD, '--prefix', '/c', '--mode', 'docker'], '--mode must be "standalone" or "site"'],
    ['a user for a site', [...SITE, '--user', 'www-data'], '--user applies to standalone mode only'],
    ['an unknown flag', [...SITE, '--port', '80'], "Unknown option '--port'"],
    ['a stray argument', [...SITE, 'cctv.conf'], 'Unexpected argument'],
    ['a flag without its value', [...SITE, '--listen'], "Option '--listen <value>' argument missing"],
  ])('names the problem with %s', (_, argv, expected) => {
    expect(message(argv)).toContain(expected);
  });
});

describe('render-cli', () => {
  it('prints exactly what renderNginxConfig renders', async () => {
    const run = await cli(...SITE);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      renderNginxConfig({
        upstreams: ['10.0.0.2:3000', '10.0.0.3:3000'],
        listen: 80,
        prefix: '/var/cache/nginx/cctv',
        mode: 'site',
      }),
    );
  });

  it('prints its usage for --help', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: /);
  });

  it('exits 2 with the reason and the usage on bad arguments, printing no config', async () => {
    const run = await cli(...GOOD, '--prefix', '/c', '--mode', 'docker');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('render-cli: --mode must be "standalone" or "site"');
    expect(run.stderr).toContain('usage: ');
  });
});
