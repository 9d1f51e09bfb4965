import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an Authorization header carries the secret (`Bearer SECRET`). Both sides are hashed
 * first, so the comparison takes the same time whatever the length or content of the guess.
 */
export function carriesSecret(authorization: string | null, secret: string): boolean {
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return given !== '' && timingSafeEqual(digest(given), digest(secret));
}
