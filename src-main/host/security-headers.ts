const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
];

/**
 * The policy both hosts send as a header: the renderer loads only its own bundle and talks only
 * to its own origin.
 */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy for index.html's `<meta>` (a unit test keeps them equal). Browsers ignore
 * `frame-ancestors` there and log an error for it on every load, so only the header carries it.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join(
  '; ',
);
