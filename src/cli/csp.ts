/**
 * The app's Content-Security-Policy: only our own scripts (no inline script, no eval), no
 * plugins, no framing, nothing sent anywhere but our own origin. Trusted Types make any
 * string-to-HTML sink go through a named policy (Lit's and DOMPurify's) or fail.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify crosslight',
  ].join('; ');
}
