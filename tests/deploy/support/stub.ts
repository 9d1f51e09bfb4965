/**
 * A stand-in app server for the nginx tests: node:http on a free port that answers each request
 * with its own id and how many requests it has had, and with the status, headers, delay and body
 * a test sets for a path. It sends the app's security headers (with a CSP of its own, so a test
 * can tell the app's header from nginx's copy) like next.config.ts does.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Reply = {
  status?: number;
  headers?: Record<string, string | string[]>;
  /** Defaults to JSON: { id, count, path }. */
  body?: string;
  delayMs?: number;
};

type ReplyFor = Reply | ((count: number, req: http.IncomingMessage) => Reply);

/** A request as the stub saw it; socket numbers the connection it came on (1, 2, ...). */
export type Seen = {
  method: string;
  url: string;
  httpVersion: string;
  headers: http.IncomingHttpHeaders;
  socket: number;
};

/** The CSP a stub sends: not the app's value, so that nginx's own copy would show. */
export const STUB_CSP = "default-src 'self'; report-to stub";

const STUB_HEADERS = {
  'Content-Security-Policy': STUB_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export class Stub {
  readonly seen: Seen[] = [];
  /** Requests that have arrived and not been answered yet. */
  readonly inFlight = new Set<string>();
  private readonly replies = new Map<string, ReplyFor>();
  private readonly sockets = new Set<Socket>();
  private readonly socketIds = new WeakMap<Socket, number>();
  private connections = 0;
  private server: http.Server | null = null;
  port = 0;

  constructor(readonly id: string) {}

  /** Sets the answer for a path (without query); a function is called with this stub's count for the path. */
  reply(path: string, reply: ReplyFor): this {
    this.replies.set(path, reply);
    return this;
  }

  /** How many requests reached this stub, for one path (with or without its query) or all. */
  count(path?: string, method?: string): number {
    return this.seen.filter(
      (s) => (path === undefined || s.url.split('?')[0] === path) && (method === undefined || s.method === method),
    ).length;
  }

  async start(): Promise<this> {
    const server = http.createServer((req, res) => this.handle(req, res));
    server.on('connection', (socket) => {
      this.socketIds.set(socket, ++this.connections);
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening and cuts every open connection, as a killed process would. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    this.seen.push({
      method: req.method ?? '',
      url,
      httpVersion: req.httpVersion,
      headers: req.headers,
      socket: this.socketIds.get(req.socket) ?? 0,
    });
    const count = this.count(path);
    const configured = this.replies.get(path);
    const reply = typeof configured === 'function' ? configured(count, req) : (configured ?? {});
    const key = `${this.seen.length}`;
    this.inFlight.add(key);
    req.resume();
    const send = () => {
      this.inFlight.delete(key);
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, {
        'Content-Type': 'application/json',
        ...STUB_HEADERS,
        'X-Stub-Id': this.id,
        ...reply.headers,
      });
      res.end(reply.body ?? JSON.stringify({ id: this.id, count, path }));
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  }
}

/** Starts n stubs named A, B, C... */
export async function startStubs(n: number): Promise<Stub[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => new Stub(String.fromCharCode(65 + i)).start()));
}

export const totalCount = (stubs: Stub[], path?: string, method?: string) =>
  stubs.reduce((sum, stub) => sum + stub.count(path, method), 0);
