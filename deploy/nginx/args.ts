/**
 * The render CLI's arguments (render-cli.ts): node:util parseArgs for the syntax, then the same
 * zod schema as the renderer, with each problem named by its flag.
 */
import { parseArgs } from 'node:util';
import { renderOptions } from './options';
import type { z } from 'zod';

export const USAGE =
  'usage: npx tsx deploy/nginx/render-cli.ts --upstream HOST:PORT [--upstream HOST:PORT ...] --listen PORT|ADDRESS:PORT\n' +
  '         --prefix DIR --mode site|standalone [--user USER] [--access-log FILE] > nginx.conf';

const FLAGS: Record<string, string> = { upstreams: '--upstream', accessLog: '--access-log' };

export type RenderArgs =
  | { ok: true; help: true }
  | { ok: true; help: false; options: z.output<typeof renderOptions> }
  | { ok: false; message: string };

export function parseRenderArgs(argv: string[]): RenderArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      options: {
        upstream: { type: 'string', multiple: true },
        listen: { type: 'string' },
        prefix: { type: 'string' },
        mode: { type: 'string' },
        user: { type: 'string' },
        'access-log': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { values } = parsed;
  if (values.help) return { ok: true, help: true };
  const raw: Record<string, unknown> = {
    listen: values.listen,
    upstreams: values.upstream ?? [],
    prefix: values.prefix,
    mode: values.mode,
    user: values.user,
    accessLog: values['access-log'],
  };
  const result = renderOptions.safeParse(raw);
  if (result.success) return { ok: true, help: false, options: result.data };
  const message = result.error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? '');
      const flag = FLAGS[name] ?? `--${name}`;
      // A flag left out reaches zod as undefined: say so, rather than what type it expected.
      return raw[name] === undefined ? `${flag} is required` : `${flag} ${issue.message}`;
    })
    .join('; ');
  return { ok: false, message };
}
