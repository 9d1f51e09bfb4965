/**
 * What renderNginxConfig (render.ts) accepts, checked with zod: everything here is written into
 * nginx's own syntax, so a value that could end a directive (a space, ';', a quote, '$' or a
 * brace) is refused rather than escaped.
 */
import { z } from 'zod';

const isPort = (text: string) => /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;

/** A host name, an IPv4 address, or an IPv6 address in brackets. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/;

const isHostPort = (text: string) => {
  const at = text.lastIndexOf(':');
  return at > 0 && HOST.test(text.slice(0, at)) && isPort(text.slice(at + 1));
};

/** An app server: "HOST:PORT" or "[IPv6]:PORT". */
const upstream = z
  .string()
  .refine(isHostPort, { error: (issue) => `"${String(issue.input)}" must be HOST:PORT, such as 127.0.0.1:3001` });

/** An absolute path without characters that nginx would read as syntax. */
const nginxPath = z
  .string()
  .regex(/^\//, 'must be an absolute path')
  .regex(/^[^\s;'"${}#\\]+$/, 'must not contain spaces or any of ; \' " $ { } # \\')
  .transform((p) => (p.length > 1 ? p.replace(/\/+$/, '') : p));

export const renderOptions = z
  .object({
    /** A port (80 or "80"), or an address and port ("127.0.0.1:8080"). */
    listen: z
      .union([z.number(), z.string()])
      .transform(String)
      .refine((text) => isPort(text) || isHostPort(text), 'must be a port from 1 to 65535 or ADDRESS:PORT'),
    upstreams: z
      .array(upstream)
      .min(1, 'name at least one app server')
      .refine((list) => new Set(list).size === list.length, 'names an app server twice'),
    /** Cache directory (both modes); pid, logs and temp files too in standalone mode. */
    prefix: nginxPath,
    mode: z.enum(['standalone', 'site'], { error: 'must be "standalone" or "site"' }),
    /** Standalone only: whom the workers run as when nginx starts as root. */
    user: z
      .string()
      .regex(/^[a-z_][a-z0-9_-]*(?: [a-z_][a-z0-9_-]*)?$/i, 'must be USER or "USER GROUP"')
      .optional(),
    /** Default: PREFIX/access.log standalone; as a site, /var/log/nginx/cctv.access.log, which Debian rotates. */
    accessLog: nginxPath.optional(),
  })
  .refine((o) => o.mode === 'standalone' || o.user === undefined, {
    path: ['user'],
    message: 'applies to standalone mode only (a site runs as the system nginx user)',
  });

export type RenderOptions = z.input<typeof renderOptions>;
