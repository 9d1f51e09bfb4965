/**
 * The physical limit: a plain node:http server answering each path with bytes held in memory
 * (the same HTML the app serves). Reads a JSON map of path -> file from argv[2], port argv[3].
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

const map = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Record<string, string>;
const pages = new Map(Object.entries(map).map(([p, f]) => [p, readFileSync(f)]));
http
  .createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length }).end(body);
  })
  .listen(Number(process.argv[3] ?? 3299), '127.0.0.1', () => process.send?.('ready'));
