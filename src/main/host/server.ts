import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { procedures, PROCEDURE_NAMES } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isOriginId, ORIGIN_HEADER } from '../../shared/ipc';
import { type ApiError, type ApiResult, HTTP_STATUS } from '../../shared/result';
import type { Dispatch } from '../api/dispatcher';
import type { PushHub } from './push';
import { serveStatic } from './static';
import { spelled } from '../../shared/i18n/spelled';
import { problem } from '../../shared/i18n/problems';

export interface HostOptions {
  dispatch: Dispatch;
  token: string;
  staticDir: string;
  push: PushHub;
  /** 0 picks a free port. */
  port: number;
  /** Largest request body; a whole-database import is the biggest thing sent. */
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 100 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::ffff:127.0.0.1', '::1']);

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/**
 * The browser host: the renderer and the same API as Electron, on 127.0.0.1 only, behind a token.
 * The Host header check keeps other websites from reaching it through DNS rebinding.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const staticDir = resolve(options.staticDir);
  const token = Buffer.from(options.token);
  let port = options.port;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, failure({ code: 'INTERNAL', ...spelled(problem('service.serverInternal')) }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !isOwnHost(req.headers.host, port)) {
      sendJson(res, 403, failure({ code: 'FORBIDDEN', ...spelled(problem('service.localOnly')) }));
      return;
    }
    // A page from another site may send requests here; a browser says where it came from.
    const origin = req.headers.origin;
    if (origin !== undefined && !isOwnHost(origin.replace(/^http:\/\//, ''), port)) {
      sendJson(res, 403, failure({ code: 'FORBIDDEN', ...spelled(problem('service.ownPagesOnly')) }));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, failure({ code: 'BAD_INPUT', ...spelled(problem('service.getOnly')) }));
        return;
      }
      serveStatic(staticDir, url.pathname, res, SECURITY_HEADERS);
      return;
    }
    if (!hasToken(req, url)) {
      sendJson(res, 401, failure({ code: 'FORBIDDEN', ...spelled(problem('service.badToken')) }));
      return;
    }
    if (url.pathname === '/api' && req.method === 'GET') {
      sendJson(res, 200, { ok: true, data: describeApi() });
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      options.push.attach(res);
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, failure({ code: 'BAD_INPUT', ...spelled(problem('service.usePost', { path: '/api/<name>' })) }));
      return;
    }
    const name = safeDecode(url.pathname.slice('/api/'.length));
    const body = await readJson(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    const result = body.ok ? await options.dispatch(name, body.data, { origin: originOf(req) }) : body;
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
  }

  function hasToken(req: IncomingMessage, url: URL): boolean {
    const header = req.headers.authorization ?? '';
    // EventSource cannot send headers, so the event stream alone may carry the token in the URL.
    const given = header.startsWith('Bearer ')
      ? header.slice('Bearer '.length)
      : url.pathname === '/api/events'
        ? (url.searchParams.get('token') ?? '')
        : '';
    const candidate = Buffer.from(given);
    return candidate.length === token.length && timingSafeEqual(candidate, token);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            options.push.closeAll();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The calling page's id (ORIGIN_HEADER), when it is one: its own change notices then skip it. */
function originOf(req: IncomingMessage): string | undefined {
  const value = req.headers[ORIGIN_HEADER];
  return typeof value === 'string' && isOriginId(value) ? value : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not a procedure name either way: the dispatcher answers NOT_FOUND
  }
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

function describeApi() {
  return PROCEDURE_NAMES.map((name) => ({
    name,
    summary: procedures[name].summary,
    mutates: procedures[name].mutates,
    input: z.toJSONSchema(procedures[name].input, { io: 'input', unrepresentable: 'any' }),
  }));
}

async function readJson(req: IncomingMessage, maxBytes: number): Promise<ApiResult<unknown>> {
  const body = await readBody(req, maxBytes);
  if (body === null) return failure({ code: 'BAD_INPUT', ...spelled(problem('service.tooLarge', { size: maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB` })) });
  let text: string;
  try {
    // Refuse, never coerce: a lenient decoder would store U+FFFD in place of the bytes it could not read.
    text = new TextDecoder('utf-8', { fatal: true }).decode(body).trim();
  } catch {
    return failure({ code: 'BAD_INPUT', ...spelled(problem('service.notUtf8')) });
  }
  if (text === '') return { ok: true, data: {} };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return failure({ code: 'BAD_INPUT', ...spelled(problem('service.notJsonBody')) });
  }
}

/**
 * The body, or null once it passes `maxBytes`. The rest is still read, and dropped, as Node does for
 * a body nobody reads: a request left half-read stalls its connection, and a keep-alive client
 * would wait on it with its next request.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume();
      resolvePromise(null);
    };
    const onEnd = () => resolvePromise(Buffer.concat(chunks));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

function failure(error: ApiError): { ok: false; error: ApiError } {
  return { ok: false, error };
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}
