import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES } from '../../shared/api';
import { createDispatcher } from '../api/dispatcher';
import { snapshot, testContext } from '../testing/context';
import { PushHub } from './push';
import { type RunningHost, startHost } from './server';

const TOKEN = 'test-token-123';
let ctx: ReturnType<typeof testContext>;
let host: RunningHost;
let staticDir: string;
let push: PushHub;

beforeEach(async () => {
  ctx = testContext();
  staticDir = mkdtempSync(join(tmpdir(), 'followthrough-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Followthrough</title>');
  push = new PushHub();
  const dispatch = createDispatcher(ctx, { onChange: (procedure) => push.broadcast({ type: 'changed', procedure }) });
  host = await startHost({ dispatch, token: TOKEN, staticDir, push, port: 0 });
});
afterEach(async () => {
  await host.close();
  ctx.cleanup();
  rmSync(staticDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => any;
}

function send(path: string, options: { method?: string; body?: string | Buffer; token?: string | null; host?: string; origin?: string; agent?: Agent } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? TOKEN}`;
  if (options.host) headers.Host = options.host;
  if (options.origin) headers.Origin = options.origin;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers, agent: options.agent }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  it('refuses a body larger than its limit, and changes nothing', async () => {
    await host.close();
    const dispatch = createDispatcher(ctx);
    host = await startHost({ dispatch, token: TOKEN, staticDir, push, port: 0, maxBodyBytes: 1024 });
    const before = snapshot(ctx);
    const reply = await send('/api/influencers.create', { body: JSON.stringify({ name: 'x'.repeat(2000) }) });
    expect(reply.status).toBe(400);
    expect(reply.json().error.message).toBe('The request is too large (1 KB at most).');
    expect(snapshot(ctx)).toEqual(before);
  });

  it('answers the next request on the same connection promptly after refusing a body over the limit', async () => {
    await host.close();
    host = await startHost({ dispatch: createDispatcher(ctx), token: TOKEN, staticDir, push, port: 0, maxBodyBytes: 1024 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = await send('/api/influencers.create', { body: JSON.stringify({ name: 'x'.repeat(4 * 1024 * 1024) }), agent });
      expect(big.status).toBe(400);
      expect(big.json().error.message).toBe('The request is too large (1 KB at most).');
      const next = await Promise.race([
        send('/api/influencers.create', { body: JSON.stringify({ name: 'Mia' }), agent }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the next request hung')), 3000)),
      ]);
      expect(next.status).toBe(200);
      expect(next.json()).toMatchObject({ ok: true, data: { name: 'Mia' } });
    } finally {
      agent.destroy();
    }
  });

  it('refuses a body that is not valid UTF-8, and changes nothing', async () => {
    const before = snapshot(ctx);
    // "Mia" with a lone continuation byte and an overlong encoding of "/".
    const body = Buffer.concat([Buffer.from('{"name":"Mi'), Buffer.from([0x80, 0xc0, 0xaf]), Buffer.from('a"}')]);
    const reply = await send('/api/influencers.create', { body });
    expect(reply.status).toBe(400);
    expect(reply.json().error).toEqual({ code: 'BAD_INPUT', message: 'The request body is not valid UTF-8 text.', key: 'service.notUtf8', params: {} });
    expect(snapshot(ctx)).toEqual(before);
    // Text in any language is fine when it is encoded properly.
    const good = await send('/api/influencers.create', { body: Buffer.from(JSON.stringify({ name: '米娅 Müller 🎬' }), 'utf8') });
    expect(good.json()).toMatchObject({ ok: true, data: { name: '米娅 Müller 🎬' } });
  });

  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('refuses API requests without the right token, and changes nothing', async () => {
    const before = snapshot(ctx);
    for (const token of [null, 'wrong', `${TOKEN}x`, '']) {
      const res = await send('/api/influencers.create', { body: JSON.stringify({ name: 'Eve' }), token });
      expect(res.status).toBe(401);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await send('/api', { method: 'GET', token: null })).status).toBe(401);
    expect((await send(`/api/events?token=wrong`, { method: 'GET', token: null })).status).toBe(401);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses requests sent by pages of other sites, even with the token, and changes nothing', async () => {
    const before = snapshot(ctx);
    const foreign = await send('/api/influencers.create', { body: JSON.stringify({ name: 'Mallory' }), origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(snapshot(ctx)).toEqual(before);
    const own = await send('/api/influencers.create', { body: JSON.stringify({ name: 'Mia' }), origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const res = await send('/api/settings.get', { host: `evil.example:${host.port}` });
    expect(res.status).toBe(403);
    expect((await send('/', { method: 'GET', host: 'evil.example' })).status).toBe(403);
  });

  it('runs procedures and maps error codes to HTTP statuses', async () => {
    const created = await send('/api/influencers.create', { body: JSON.stringify({ name: 'Mia', handles: [{ platform: 'tiktok', handle: '@mia' }] }) });
    expect(created.status).toBe(200);
    expect(created.json()).toMatchObject({ ok: true, data: { id: 1, name: 'Mia', active: true } });

    const bad = await send('/api/influencers.create', { body: JSON.stringify({ name: '' }) });
    expect(bad.status).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: ['name'] }] });

    expect((await send('/api/influencers.get', { body: '{"id": 9}' })).status).toBe(404);
    expect((await send('/api/nothing.here', { body: '{}' })).status).toBe(404);
    expect((await send('/api/%E0%A4%A', { body: '{}' })).status).toBe(404);
    const broken = await send('/api/influencers.create', { body: '{"name":' });
    expect(broken.status).toBe(400);
    expect(broken.json().error.message).toMatch(/not valid JSON/);
    expect((await send('/api/influencers.list', { method: 'PUT', body: '{}' })).status).toBe(405);
    // An empty body is an empty input.
    expect((await send('/api/campaigns.list')).json()).toEqual({ ok: true, data: [] });
  });

  it('lists every procedure with its input JSON Schema', async () => {
    const res = await send('/api', { method: 'GET' });
    const list = res.json().data as { name: string; input: { type: string; properties?: Record<string, unknown> } }[];
    expect(list.map((p) => p.name)).toEqual(PROCEDURE_NAMES);
    const create = list.find((p) => p.name === 'collaborations.create')!;
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties!)).toEqual(expect.arrayContaining(['creatorId', 'stage', 'feeMinor']));
  });

  it('serves the app with a strict content security policy, and index.html for unknown paths', async () => {
    const page = await send('/creators', { method: 'GET', token: null });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Followthrough</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/%2e%2e/%2e%2e/etc/passwd', { method: 'GET', token: null })).body).not.toContain('root:');
  });

  it('pushes a change notice over server-sent events after a change', async () => {
    const received = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${TOKEN}`, method: 'GET' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
          if (text.includes('event: changed')) {
            resolve(text);
            req.destroy();
          }
        });
        void send('/api/settings.update', { body: '{"brandName":"Acme"}' });
      });
      req.end();
    });
    expect(await received).toContain('"procedure":"settings.update"');
  });
});
