import { describe, expect, it } from 'vitest';
import { databaseUrl, readEnv } from '../../lib/env';

describe('the environment', () => {
  it('defaults to the embedded store on port 3000', () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: 'file:./prisma/dev.db', PORT: 3000, DATABASE_POOL_MAX: 10 });
    expect(databaseUrl({ DATABASE_URL: 'file:/tmp/x.db' })).toBe('file:/tmp/x.db');
    expect(databaseUrl({ DATABASE_URL: 'file:rel/x.db' })).toBe(`file:${process.cwd()}/rel/x.db`);
  });

  it('takes a PostgreSQL URL as given, and a pool size for it', () => {
    for (const url of ['postgresql://u:p@db:5432/cctv', 'postgres://u@localhost/cctv?sslmode=require']) {
      expect(databaseUrl({ DATABASE_URL: url })).toBe(url);
    }
    expect(readEnv({ DATABASE_POOL_MAX: '25' }).DATABASE_POOL_MAX).toBe(25);
  });

  it('refuses bad values with one message naming each', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x', PORT: 'eighty' })).toThrow(
      /Invalid environment:\n {2}DATABASE_URL: DATABASE_URL must be a SQLite URL[^\n]* or a PostgreSQL URL[^\n]*\n {2}PORT: /,
    );
    expect(() => readEnv({ DATABASE_URL: 'postgresql:/nohost' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT/);
    for (const bad of ['0', '101', 'ten', '2.5']) {
      expect(() => readEnv({ DATABASE_POOL_MAX: bad }), bad).toThrow(/DATABASE_POOL_MAX/);
    }
  });
});
