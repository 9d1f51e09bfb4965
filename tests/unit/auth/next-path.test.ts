import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT, safeNext } from '../../../lib/auth/next-path';

describe('safeNext', () => {
  it.each(['/', '/editor', '/editor/articles/3', '/councils?x=1#top', '/compare?a=x&b=y', '/sources/a%2Fb'])(
    'keeps the path %s',
    (path) => {
      expect(safeNext(path)).toBe(path);
    },
  );

  it.each([
    ['another site', 'https://evil.example/editor'],
    ['a protocol-relative address', '//evil.example/editor'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a backslash later on', '/editor\\..\\x'],
    ['a tab that browsers strip', '/\t/evil.example'],
    ['a line break', '/\n/evil.example'],
    ['a relative path', 'editor'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['nothing', ''],
    ['not a string', undefined],
    ['a list', ['/editor']],
    ['something very long', `/${'a'.repeat(2001)}`],
  ])('sends %s to /editor', (_, value) => {
    expect(safeNext(value)).toBe(DEFAULT_NEXT);
  });

  it('is /editor by default', () => {
    expect(DEFAULT_NEXT).toBe('/editor');
  });
});
