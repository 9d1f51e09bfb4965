/**
 * What a store URL says: which database it is, and how to print it without its password.
 * The one place that decides SQLite or PostgreSQL by the URL's scheme.
 */

export type Dialect = 'sqlite' | 'postgresql';

/** `file:` is SQLite; `postgresql://` and `postgres://` are PostgreSQL. */
export function dialectOf(url: string): Dialect {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`not a store URL: ${redactUrl(url)} (expected file:... or postgresql://...)`);
}

/**
 * The URL with any password replaced by `***`, for logs and error messages: a PostgreSQL URL
 * carries its password, and logs outlive the people allowed to read it.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not parseable: drop everything between the scheme and the last @ of the authority.
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
  }
}

/** Every URL-looking substring of `text` redacted: for messages that quote a URL (Prisma's, pg's). */
export function redactUrls(text: string): string {
  // Punctuation ending a sentence is not part of the address.
  return text.replace(
    /([a-z][a-z0-9+.-]*:\/\/[^\s'"`]+?)([.,;:)]*)(?=[\s'"`]|$)/gi,
    (_, u: string, end: string) => `${redactUrl(u)}${end}`,
  );
}
