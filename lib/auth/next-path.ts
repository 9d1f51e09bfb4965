/** Where sign-in goes when it is not told, or is told somewhere it may not go. */
export const DEFAULT_NEXT = '/editor';

/**
 * The page to go to after signing in: a path on this site, else /editor. Anything a browser could
 * read as another site is refused: `//host`, `/\host` (browsers treat a backslash as a slash),
 * an absolute URL, control characters and whitespace (which browsers strip before parsing).
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return DEFAULT_NEXT;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return DEFAULT_NEXT;
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return DEFAULT_NEXT;
  // The URL parser is the judge of last resort: the path must stay on the site it is resolved against.
  const base = 'http://app.invalid';
  try {
    if (new URL(value, base).origin !== base) return DEFAULT_NEXT;
  } catch {
    return DEFAULT_NEXT;
  }
  return value;
}
