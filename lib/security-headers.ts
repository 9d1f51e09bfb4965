/**
 * The security headers on every response: next.config.ts puts them on the app's, and the nginx
 * configuration (deploy/nginx/render.ts) on the responses nginx makes itself (its 503 pages, a
 * 413), which never pass through the app. One list, so the two cannot drift apart.
 */

// Next's own inline bootstrap scripts and Recharts' inline styles need 'unsafe-inline';
// a nonce would force every page to render per request, which the cache design avoids.
// Everything else is locked to this origin, and no page may be framed.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
