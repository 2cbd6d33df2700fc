// Serving the built renderer for the app:// scheme. No electron import: the resolution and the
// response are plain functions over a folder, tested in Node; window.ts hands them to
// `protocol.handle`.
import fs from 'node:fs';
import path from 'node:path';
import { appFilePath, CONTENT_SECURITY_POLICY } from './navigation';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute file under `root` an app URL names, or null. Extensionless paths are client
 * routes and get the index page. The joined path is checked to stay inside `root` even though
 * `appFilePath` already refused every traversal: two locks, not one.
 */
export function resolveAppFile(root: string, url: string): string | null {
  const rel = appFilePath(url);
  if (rel === null) return null;
  const wanted = path.extname(rel) === '' ? 'index.html' : rel;
  const base = path.resolve(root);
  const full = path.resolve(base, ...wanted.split('/'));
  const inside = path.relative(base, full);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return full;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function notFound(): AppResponse {
  return { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
}

/**
 * Answers a request for `url` from the files under `root`. Only GET and HEAD; anything not a
 * regular file under the folder is a 404. `fs.promises.readFile` also reads inside app.asar
 * when packaged (Electron patches fs for its archives).
 */
export async function serveAppRequest(root: string, url: string, method = 'GET'): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }, body: '' };
  }
  const file = resolveAppFile(root, url);
  if (file === null) return notFound();
  try {
    const body = await fs.promises.readFile(file);
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(file) },
      body: method === 'HEAD' ? '' : body,
    };
  } catch {
    return notFound(); // missing, a folder, unreadable
  }
}
