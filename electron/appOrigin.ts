/** The app's own pages are served as app://planlens/... (electron/appProtocol.ts) and nothing else. */
export const appScheme = 'app';
export const appHost = 'planlens';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;

/** Whether a URL is one of the app's own pages (WHATWG URL gives custom schemes an opaque origin, so scheme and host are compared). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '' && parsed.port === '';
  } catch {
    return false;
  }
}
