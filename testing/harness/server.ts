import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route answers with a body (HTML by default) or handles the response itself. */
export type Route =
  | string
  | { body: string; type?: string; headers?: Record<string, string> }
  | ((req: IncomingMessage, res: ServerResponse) => void);

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Same server under another host name, so tests can have two sites. */
  originFor(host: 'localhost' | '127.0.0.1'): string;
  url(path: string): string;
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/** A tiny static server on loopback: tests register pages by path. */
export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = table.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    const { body, type, headers } = typeof route === 'string' ? { body: route, type: undefined, headers: {} } : route;
    res.writeHead(200, { 'content-type': type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    originFor: (host) => `http://${host}:${port}`,
    url: (path) => origin + path,
    route: (path, route) => void table.set(path, route),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
