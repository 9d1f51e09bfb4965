/**
 * nginx in front of the app servers, with the configuration deploy/nginx/render.ts writes, run
 * from a prefix folder of its own (pid, logs, temp files and cache), not as a system service.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderNginxConfig } from '../nginx/render';
import { nginxBin } from './binaries';
import { canConnect, startProcess, waitUntil, type Running } from './process';

/** One line of the access log (log_format cctv, deploy/nginx/site.conf.template). */
interface AccessLogLine {
  request: string;
  status: number;
  upstream: string;
  cache: string;
  line: string;
}

export interface Nginx {
  port: number;
  url: string;
  prefix: string;
  accessLog: () => AccessLogLine[];
  stop: () => Promise<void>;
}

export async function startNginx({
  port,
  upstreams,
  prefix,
}: {
  port: number;
  upstreams: string[];
  prefix: string;
}): Promise<Nginx> {
  const bin = nginxBin();
  if (!bin) throw new Error('nginx is not installed (apt-get install nginx)');
  // As root, nginx's workers run as nobody (render.ts) and must pass through the prefix.
  mkdirSync(prefix, { recursive: true });
  chmodSync(prefix, 0o755);
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig({ mode: 'standalone', listen: `127.0.0.1:${port}`, upstreams, prefix }));
  const running: Running = startProcess(
    bin,
    ['-p', `${prefix}/`, '-c', conf, '-e', `${prefix}/error.log`, '-g', 'daemon off;'],
    { log: path.join(prefix, 'nginx.out.log') },
  );
  try {
    await waitUntil(`nginx on port ${port}`, () => canConnect(port), { running });
  } catch (error) {
    await running.stop('SIGKILL');
    const said = ['nginx.out.log', 'error.log']
      .map((f) => readFileSync(path.join(prefix, f), { encoding: 'utf8', flag: 'a+' }))
      .join('');
    throw new Error(`${(error as Error).message}:\n${said}`);
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    prefix,
    accessLog: () =>
      readFileSync(path.join(prefix, 'access.log'), { encoding: 'utf8', flag: 'a+' })
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => ({
          line,
          request: /"([^"]*)"/.exec(line)?.[1] ?? '',
          status: Number(/" (\d{3}) /.exec(line)?.[1]),
          upstream: / upstream=(.*?) cache=/.exec(line)?.[1] ?? '',
          cache: /cache=(\S*)/.exec(line)?.[1] ?? '',
        })),
    stop: () => running.stop('SIGTERM', 5_000),
  };
}
