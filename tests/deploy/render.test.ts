/**
 * The renderer on its own: what each mode holds, the options it refuses, and that nginx accepts
 * both outputs (`nginx -t`), the site part inside an http block like Debian's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../next.config';
import { nginxSingleQuoted, renderNginxConfig, type RenderOptions } from '../../deploy/nginx/render';
import { SECURITY_HEADERS } from '../../lib/security-headers';
import { checkConfig, describeNginx, makePrefix, removePrefix } from './support/nginx';

const SITE: RenderOptions = {
  mode: 'site',
  listen: 80,
  upstreams: ['10.0.0.2:3000', '10.0.0.3:3000'],
  prefix: '/var/cache/nginx/cctv',
};
const STANDALONE: RenderOptions = { ...SITE, mode: 'standalone', listen: '127.0.0.1:8080', prefix: '/srv/cctv-nginx/' };

describe('renderNginxConfig', () => {
  it("gives nginx's own responses the app's security headers, the list next.config.ts uses", async () => {
    const rules = (await config('phase-production-server').headers?.()) ?? [];
    const everyPath = rules.find((rule) => rule.source === '/:path*');
    expect(everyPath?.headers).toEqual(SECURITY_HEADERS);
    const conf = renderNginxConfig(SITE);
    for (const { key, value } of SECURITY_HEADERS) expect(conf).toContain(`add_header ${key} "${value}" always;`);
  });

  it('standalone: a whole nginx.conf, with everything nginx writes under the prefix', () => {
    const conf = renderNginxConfig(STANDALONE);
    for (const line of [
      'user nobody nogroup;',
      'pid /srv/cctv-nginx/nginx.pid;',
      'error_log /srv/cctv-nginx/error.log warn;',
      'events {',
      'http {',
      'client_body_temp_path /srv/cctv-nginx/client_body_temp;',
      'proxy_temp_path /srv/cctv-nginx/proxy_temp;',
      'proxy_cache_path /srv/cctv-nginx/cache ',
      'access_log /srv/cctv-nginx/access.log cctv;',
      'listen 127.0.0.1:8080;',
      'server 10.0.0.2:3000 max_fails=2 fail_timeout=10s;',
      'server 10.0.0.3:3000 max_fails=2 fail_timeout=10s;',
    ]) {
      expect(conf).toContain(line);
    }
    expect(renderNginxConfig({ ...STANDALONE, user: 'www-data' })).toContain('\nuser www-data;\n');
  });

  it('site: the http-level part only, logging where Debian rotates logs', () => {
    const conf = renderNginxConfig(SITE);
    expect(conf).toMatch(/^# Council CCTV dashboard/);
    expect(conf).not.toMatch(/^\s*(user|pid|error_log|events|http|client_body_temp_path|proxy_temp_path)\b/m);
    expect(conf).toContain('proxy_cache_path /var/cache/nginx/cctv/cache ');
    expect(conf).toContain('access_log /var/log/nginx/cctv.access.log cctv;');
    expect(conf).toContain('listen 80;');
    expect(renderNginxConfig({ ...SITE, accessLog: '/tmp/cctv.log' })).toContain('access_log /tmp/cctv.log cctv;');
  });

  it('fills every placeholder, and gives the same text for the same options', () => {
    expect(renderNginxConfig(STANDALONE)).not.toContain('{{');
    expect(renderNginxConfig(SITE)).toBe(renderNginxConfig(SITE));
  });

  it('accepts ports, addresses, IPv6 and host names', () => {
    for (const listen of [80, '8080', '0.0.0.0:80', '[::]:80'])
      expect(() => renderNginxConfig({ ...SITE, listen })).not.toThrow();
    const conf = renderNginxConfig({ ...SITE, upstreams: ['[::1]:3000', 'app-1.internal:3000'] });
    expect(conf).toContain('server [::1]:3000 ');
    expect(conf).toContain('server app-1.internal:3000 ');
  });

  it.each<[string, Partial<RenderOptions>, RegExp]>([
    ['no app server', { upstreams: [] }, /at least one app server/],
    ['an app server without a port', { upstreams: ['10.0.0.2'] }, /"10.0.0.2" must be HOST:PORT/],
    ['port 0', { upstreams: ['10.0.0.2:0'] }, /must be HOST:PORT/],
    ['port 65536', { upstreams: ['10.0.0.2:65536'] }, /must be HOST:PORT/],
    ['a directive smuggled in', { upstreams: ['10.0.0.2:3000; deny all'] }, /must be HOST:PORT/],
    ['the same server twice', { upstreams: ['10.0.0.2:3000', '10.0.0.2:3000'] }, /twice/],
    ['listen 0', { listen: 0 }, /port from 1 to 65535/],
    ['listen on a word', { listen: 'eighty' }, /port from 1 to 65535/],
    ['a relative prefix', { prefix: 'cache/cctv' }, /absolute path/],
    ['a prefix with a space', { prefix: '/var/cache/my cctv' }, /must not contain/],
    ['a prefix with a semicolon', { prefix: '/var/cache/cctv;' }, /must not contain/],
    ['another mode', { mode: 'proxy' as 'site' }, /"standalone" or "site"/],
    ['a user for a site', { user: 'www-data' }, /standalone mode only/],
  ])('refuses %s', (_, change, message) => {
    expect(() => renderNginxConfig({ ...SITE, ...change })).toThrow(message);
  });

  it('refuses a user that is not a name', () => {
    expect(() => renderNginxConfig({ ...STANDALONE, user: 'root; worker_processes 99' })).toThrow(
      /USER or "USER GROUP"/,
    );
  });
});

describe('the 503 page', () => {
  const page = readFileSync('deploy/nginx/unavailable.html', 'utf8');

  it('is short and plain, and says what happened and what to do', () => {
    expect(page.length).toBeLessThan(2000);
    expect(page).toContain('The figures are temporarily unavailable');
    expect(page).toContain('try again in a minute');
    expect(page).not.toMatch(/<script|<link|<img|src=/i);
  });

  it('is written into the config as nginx reads quoted text', () => {
    expect(nginxSingleQuoted(`it's a \\ b`)).toBe(`it\\'s a \\\\ b`);
    expect(() => nginxSingleQuoted('costs $5')).toThrow(/\$/);
  });
});

describeNginx('nginx -t', () => {
  const prefixes: string[] = [];
  afterAll(() => prefixes.forEach(removePrefix));

  it('accepts the standalone config', () => {
    const prefix = makePrefix();
    prefixes.push(prefix);
    const file = path.join(prefix, 'nginx.conf');
    writeFileSync(file, renderNginxConfig({ ...STANDALONE, prefix }));
    const result = checkConfig(file, prefix);
    expect(result.output).toContain('syntax is ok');
    expect(result.ok).toBe(true);
  });

  it("accepts the site config inside an http block like Debian's (which already turns gzip on)", () => {
    const prefix = makePrefix();
    prefixes.push(prefix);
    mkdirSync(path.join(prefix, 'conf.d'));
    const site = path.join(prefix, 'conf.d', 'cctv.conf');
    writeFileSync(site, renderNginxConfig({ ...SITE, prefix, accessLog: `${prefix}/cctv.access.log` }));
    const main = path.join(prefix, 'nginx.conf');
    writeFileSync(
      main,
      [
        `pid ${prefix}/nginx.pid;`,
        `error_log ${prefix}/error.log;`,
        'events { worker_connections 768; }',
        'http {',
        '    sendfile on;',
        '    default_type application/octet-stream;',
        `    access_log ${prefix}/access.log;`,
        '    gzip on;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${prefix}/${t}_temp;`),
        `    include ${prefix}/conf.d/*.conf;`,
        '}',
      ].join('\n'),
    );
    const result = checkConfig(main, prefix);
    expect(result.output).toContain('syntax is ok');
    expect(result.ok).toBe(true);
  });
});
