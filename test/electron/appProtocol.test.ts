import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fakeElectron.js')).createFakeElectron());
vi.mock('electron', () => fake.module);
const { appFilePath, appResponse, registerAppScheme } = await import('../../electron/appProtocol.js');
const { contentSecurityPolicy } = await import('../../electron/contentSecurityPolicy.js');
const { isAppUrl } = await import('../../electron/appOrigin.js');

let root: string;
let webRoot: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'planlens-protocol-'));
  webRoot = join(root, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html>');
  writeFileSync(join(webRoot, 'assets', 'codec.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  symlinkSync(join(root, 'secret.txt'), join(webRoot, 'assets', 'link.js'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// serves dist/web and nothing else', () => {
  it('maps the app\'s URLs to files under the web root', () => {
    expect(appFilePath(webRoot, 'app://planlens/')).toBe(join(webRoot, 'index.html'));
    expect(appFilePath(webRoot, 'app://planlens/index.html?empty')).toBe(join(webRoot, 'index.html'));
    expect(appFilePath(webRoot, 'app://planlens/assets/codec.wasm')).toBe(join(webRoot, 'assets', 'codec.wasm'));
    expect(appFilePath(webRoot, 'app://planlens/assets/a%20b.js')).toBe(join(webRoot, 'assets', 'a b.js'));
  });

  it.each([
    // URL parsing resolves these within the origin: they name files of the root (that do not exist).
    ['app://planlens/../secret.txt', 'secret.txt'],
    ['app://planlens/%2e%2e/secret.txt', 'secret.txt'],
    ['app://planlens//etc/passwd', 'etc/passwd'],
    ['app://planlens/%2fetc%2fpasswd', 'etc/passwd'],
    // Encoded separators that would climb out, NULs, bad escapes, other origins: nothing.
    ['app://planlens/assets/%2e%2e%2f%2e%2e%2fsecret.txt', undefined],
    ['app://planlens/assets/..%2f..%2f..%2fsecret.txt', undefined],
    ['app://planlens/..%5c..%5csecret.txt', undefined],
    ['app://planlens/index.html%00.png', undefined],
    ['app://planlens/%E0%A4%A', undefined],
    ['app://other/index.html', undefined],
    ['file:///etc/passwd', undefined],
    ['https://planlens/index.html', undefined],
  ])('never leaves the root: %s -> %s', (url, inside) => {
    expect(appFilePath(webRoot, url)).toBe(inside === undefined ? undefined : join(webRoot, inside));
  });

  it('answers 404 for paths out of the root, including through a link', async () => {
    for (const url of ['app://planlens/%2e%2e/secret.txt', 'app://planlens/assets/link.js', 'app://planlens/missing.js', 'app://planlens/..%2fsecret.txt']) {
      const response = await appResponse(webRoot, new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('serves a file with its type, the CSP and nosniff; GET and HEAD only', async () => {
    const response = await appResponse(webRoot, new Request('app://planlens/assets/codec.wasm'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    expect((await appResponse(webRoot, new Request('app://planlens/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('registers app:// as a standard, secure scheme before ready', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) as unknown }]);
  });

  it('knows the app\'s own pages', () => {
    expect(isAppUrl('app://planlens/index.html?empty')).toBe(true);
    expect(isAppUrl('app://planlens.example/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });

  it('allows no remote content, plugins, frames or inline scripts', () => {
    expect(contentSecurityPolicy).toMatch(/default-src 'self'/u);
    expect(contentSecurityPolicy).toMatch(/object-src 'none'/u);
    expect(contentSecurityPolicy).toMatch(/frame-src 'none'/u);
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/u);
  });
});
