import { readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built renderer; unknown paths get index.html so reloads on any view work. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): void {
  const decoded = safeDecode(urlPath);
  const relative = normalize(decoded ?? '/').replace(/^([/\\])+/, '');
  let file = join(root, relative);
  const inside = file === root || file.startsWith(root + sep);
  if (decoded === null || !inside) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad path');
    return;
  }
  if (!isFile(file)) file = join(root, 'index.html');
  if (!isFile(file)) {
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end('The app has not been built yet: run `npm run build`.');
    return;
  }
  let body: Buffer;
  try {
    // Read whole and handed to the socket at once: the page's files then reach it even while the
    // app is busy with a large answer (the board of 10,000 cards), instead of trickling behind it.
    body = readFileSync(file);
  } catch {
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end('The file could not be read.');
    return;
  }
  const isAsset = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  res.end(body);
}

function safeDecode(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
