import { protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { appHost, appScheme } from './appOrigin.js';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.dcm': 'application/dicom',
};

/** Must run before the app is ready: app:// behaves as a secure, standard origin that fetch and workers may use. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true } },
  ]);
}

/**
 * The file under `webRoot` an app:// URL names, or undefined for anything else: another scheme or
 * host, a malformed escape, a NUL, or a path that leaves webRoot (.., encoded or not, either separator).
 */
export function appFilePath(webRoot: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = resolve(webRoot, `.${sep}${path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/u, '')}`);
  return isInside(webRoot, file) ? file : undefined;
}

function isInside(root: string, file: string): boolean {
  const fromRoot = relative(root, file);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

/** The response to one app:// request: a file of webRoot (no links leading out of it), GET/HEAD only. */
export async function appResponse(webRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const file = appFilePath(webRoot, request.url);
  if (file === undefined) return new Response('Not found', { status: 404 });
  try {
    const [realRoot, realFile] = await Promise.all([realpath(webRoot), realpath(file)]);
    if (!isInside(realRoot, realFile)) return new Response('Not found', { status: 404 });
    const bytes = await readFile(realFile);
    return new Response(request.method === 'HEAD' ? null : bytes, {
      status: 200,
      headers: {
        'Content-Type': contentTypes[extname(realFile).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cache-Control': 'no-cache',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Serves dist/web as app://planlens/ (call once the app is ready). */
export function serveAppProtocol(webRoot: string): void {
  protocol.handle(appScheme, (request) => appResponse(webRoot, request));
}
