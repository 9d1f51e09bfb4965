import { describe, expect, it } from 'vitest';
import { dialectOf, redactUrl, redactUrls } from '../../../lib/db/url';

describe('a store URL', () => {
  it('is SQLite for file:, PostgreSQL for postgresql:// and postgres://', () => {
    expect(dialectOf('file:./prisma/dev.db')).toBe('sqlite');
    expect(dialectOf('postgresql://u:p@h:5432/db')).toBe('postgresql');
    expect(dialectOf('postgres://u@h/db')).toBe('postgresql');
  });

  it('is refused when it is neither, without printing its password', () => {
    expect(() => dialectOf('mysql://root:hunter2@db/cctv')).toThrow(/not a store URL: mysql:\/\/root:\*\*\*@db\/cctv/);
    expect(() => dialectOf('postgresql:/one-slash')).toThrow(/not a store URL/);
  });

  it('is printed without its password, and only the password is hidden', () => {
    expect(redactUrl('postgresql://cctv:s3cr%40t@127.0.0.1:5432/cctv?sslmode=require')).toBe(
      'postgresql://cctv:***@127.0.0.1:5432/cctv?sslmode=require',
    );
    expect(redactUrl('postgresql://cctv@127.0.0.1/cctv')).toBe('postgresql://cctv@127.0.0.1/cctv');
    expect(redactUrl('file:/tmp/x.db')).toBe('file:/tmp/x.db');
    // Unparseable (a space in the host): everything up to the last @ of the address goes.
    expect(redactUrl('postgresql://a:b c@d@bad host/db')).toBe('postgresql://***@bad host/db');
  });

  it('is redacted wherever a message quotes one', () => {
    expect(redactUrls('could not connect to postgresql://a:pw@h/db; also redis://:pw2@r:6379, fine')).toBe(
      'could not connect to postgresql://a:***@h/db; also redis://:***@r:6379, fine',
    );
  });
});
