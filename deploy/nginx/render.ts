/**
 * Renders the nginx configuration for the dashboard from the two templates beside this file:
 * site.conf.template (the http-level part: upstream, cache, server) and standalone.conf.template
 * (a whole nginx.conf around it). Deterministic: the same options give the same text; the only
 * input besides them is those templates and unavailable.html. See deploy/nginx/README.md.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { renderOptions, type RenderOptions } from './options';
import { SECURITY_HEADERS } from '../../lib/security-headers';

export type { RenderOptions } from './options';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

/** Replaces every {{name}}; a placeholder without a value is a bug in this file, so it throws. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template placeholder {{${name}}} has no value`);
    return value;
  });
}

/**
 * Text for inside nginx's single quotes. nginx unescapes \' and \\ there; it has no escape for
 * '$', which would start a variable, so a page containing one is refused.
 */
export function nginxSingleQuoted(text: string): string {
  if (text.includes('$')) throw new Error('text for nginx must not contain "$" (nginx would read a variable)');
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

/** The nginx variable $upstream_http_* reads a header by: lower case, '-' as '_'. */
const variableName = (header: string) => header.toLowerCase().replace(/-/g, '_');

function securityHeaderParts() {
  const maps = SECURITY_HEADERS.map(({ key, value }) =>
    [
      `map $upstream_http_${variableName(key)} $cctv_fill_${variableName(key)} {`,
      `    "" "${value}";`,
      '    default "";',
      '}',
    ].join('\n'),
  );
  return {
    security_header_maps: maps.join('\n'),
    // An empty value adds no header: the app's own passes alone.
    security_header_fill: SECURITY_HEADERS.map(
      ({ key }) => `        add_header ${key} $cctv_fill_${variableName(key)} always;`,
    ).join('\n'),
    security_header_always: SECURITY_HEADERS.map(
      ({ key, value }) => `        add_header ${key} "${value}" always;`,
    ).join('\n'),
  };
}

/** The page on one line, so that the config stays readable and indenting it cannot touch the page. */
const oneLine = (html: string) =>
  html
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `    ${line}`))
    .join('\n');

/** Throws an Error naming each bad option (zod's own message is JSON). */
function checkOptions(input: RenderOptions) {
  const result = renderOptions.safeParse(input);
  if (result.success) return result.data;
  throw new Error(`invalid nginx options:\n${z.prettifyError(result.error)}`);
}

export function renderNginxConfig(input: RenderOptions): string {
  const options = checkOptions(input);
  const site = fill(read('site.conf.template'), {
    listen: options.listen,
    // max_fails and fail_timeout: the upstream block in site.conf.template says why.
    upstream_servers: options.upstreams
      .map((address) => `    server ${address} max_fails=2 fail_timeout=10s;`)
      .join('\n'),
    cache_dir: `${options.prefix}/cache`,
    access_log:
      options.accessLog ??
      (options.mode === 'standalone' ? `${options.prefix}/access.log` : '/var/log/nginx/cctv.access.log'),
    unavailable_html: nginxSingleQuoted(oneLine(read('unavailable.html'))),
    ...securityHeaderParts(),
  });
  if (options.mode === 'site') return site;
  return fill(read('standalone.conf.template'), {
    user_line: `user ${options.user ?? 'nobody nogroup'};`,
    prefix: options.prefix,
    site: indent(site.trimEnd()),
  });
}
