import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { ApiError, ErrorCode, Result } from '../../contract/errors';
import { methods } from '../../contract/methods';
import type { CoreClient } from '../../worker/coreClient';
import { resolveStaticFile } from './staticFiles';

// Room for a 10 MB evidence photo sent base64-encoded (13.4 MB) and nothing much larger.
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
const TOKEN_COOKIE = 'aw_token';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  PAYLOAD_TOO_LARGE: 413,
  DB_TOO_NEW: 409,
  DB_CORRUPT: 500,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

export interface WebServerOptions {
  client: CoreClient;
  rendererDir: string;
  port: number;
  token?: string;
}

export interface WebServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function errorBody(code: ErrorCode, message: string, details?: ApiError['details']): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** JSON Schemas of every method, for `GET /api`: scripts and tests can discover the contract. */
export function describeMethods() {
  return Object.entries(methods).map(([name, spec]) => ({
    name,
    input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
  }));
}

/**
 * The web host's transport: loopback only, a per-launch token on every request and WebSocket,
 * Host and Origin checked (DNS rebinding, cross-site pages), bounded message size, and static
 * files only from the renderer build.
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let origin = '';
  let allowedHosts = new Set<string>();

  const tokenOf = (req: http.IncomingMessage, url: URL): string | undefined => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return auth.slice(7);
    const header = req.headers['x-agent-token'];
    if (typeof header === 'string') return header;
    return url.searchParams.get('token') ?? readCookie(req, TOKEN_COOKIE);
  };
  const authorized = (req: http.IncomingMessage, url: URL) => {
    const given = tokenOf(req, url);
    return given !== undefined && safeEqual(given, token);
  };
  const hostAllowed = (req: http.IncomingMessage) => allowedHosts.has(req.headers.host ?? '');
  const originAllowed = (req: http.IncomingMessage) => {
    const o = req.headers.origin;
    return o === undefined || o === origin || o === origin.replace('127.0.0.1', 'localhost');
  };

  const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };

  async function handleApiPost(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_MESSAGE_BYTES) {
        tooLarge = true;
        break;
      }
      chunks.push(chunk as Buffer);
    }
    if (tooLarge) {
      sendJson(res, 413, errorBody('PAYLOAD_TOO_LARGE', `The request is larger than ${MAX_MESSAGE_BYTES} bytes.`, { method }));
      req.destroy();
      return;
    }
    const text = Buffer.concat(chunks).toString('utf8');
    let input: unknown = {};
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text);
      } catch {
        sendJson(res, 400, errorBody('VALIDATION', 'The request body is not valid JSON.', { method }));
        return;
      }
    }
    const result = await options.client.call(method, input);
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req)) {
      sendJson(res, 403, errorBody('FORBIDDEN', 'Unexpected Host header.'));
      return;
    }
    if (!originAllowed(req)) {
      sendJson(res, 403, errorBody('FORBIDDEN', 'Requests from other origins are refused.'));
      return;
    }
    if (!authorized(req, url)) {
      sendJson(res, 401, errorBody('UNAUTHORIZED', 'A valid token is required. Open the URL the web host printed.'));
      return;
    }
    if (url.pathname === '/api' && req.method === 'GET') {
      sendJson(res, 200, { methods: describeMethods() });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendJson(res, 405, errorBody('VALIDATION', 'Use POST with a JSON body.'));
        return;
      }
      void handleApiPost(req, res, url.pathname.slice('/api/'.length)).catch(() => {
        if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL', 'The request failed.'));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, errorBody('VALIDATION', 'Method not allowed.'));
      return;
    }
    const found = resolveStaticFile(options.rendererDir, url.pathname);
    if (!found) {
      sendJson(res, 404, errorBody('NOT_FOUND', 'No such file.'));
      return;
    }
    // Built scripts and styles are named for their content (assets/index-<hash>.js): a reload reuses
    // them and the compiled code Chromium keeps beside a cached script. The page itself is never kept.
    const hashed = url.pathname.startsWith('/assets/');
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': found.type, 'Cache-Control': hashed ? 'private, max-age=31536000, immutable' : 'no-store' };
    if (url.searchParams.has('token')) {
      // The printed URL carries the token once; the page's later requests use this cookie.
      headers['Set-Cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const sockets = new Set<WebSocket>();
  const unsubscribe = options.client.subscribe((name, payload) => {
    const text = JSON.stringify({ type: 'event', name, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/ws' || !hostAllowed(req) || req.headers.origin === undefined || !originAllowed(req) || !authorized(req, url)) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      // An oversized or malformed frame: ws closes the socket (1009/1002) and reports it here; without
      // a listener that report would be an uncaught error taking the whole web host down.
      ws.on('error', () => sockets.delete(ws));
      ws.on('message', (data) => {
        let msg: { id?: unknown; method?: unknown; input?: unknown };
        try {
          msg = JSON.parse(data.toString());
        } catch {
          ws.send(JSON.stringify({ type: 'result', id: null, result: errorBody('VALIDATION', 'The message is not valid JSON.') }));
          return;
        }
        const id = typeof msg.id === 'number' ? msg.id : null;
        void options.client.call(String(msg.method), msg.input).then((result) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result }));
        });
      });
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      origin = `http://127.0.0.1:${port}`;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const ws of sockets) ws.terminate();
            wss.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
