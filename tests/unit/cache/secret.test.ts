import { describe, expect, it } from 'vitest';
import { carriesSecret } from '../../../lib/cache/secret';

const SECRET = 'a-revalidation-secret-of-32-characters-or-more';

describe('the revalidation secret', () => {
  it('is carried only as the exact bearer token', () => {
    expect(carriesSecret(`Bearer ${SECRET}`, SECRET)).toBe(true);
    for (const header of [
      null,
      '',
      SECRET,
      `Basic ${SECRET}`,
      `Bearer ${SECRET}x`,
      `Bearer ${SECRET.slice(1)}`,
      'Bearer ',
    ]) {
      expect(carriesSecret(header, SECRET), String(header)).toBe(false);
    }
  });
});
