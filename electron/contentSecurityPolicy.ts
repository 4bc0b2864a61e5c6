/**
 * The policy every app:// response carries (and every response the session sees, in case anything
 * else ever loads): the app's own scripts and WebAssembly, workers from itself or blob:, no
 * plugins, frames, forms or remote content. renderer/index.html carries the same as a meta tag for
 * the browser build.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
