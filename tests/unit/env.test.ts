import { describe, expect, it } from 'vitest';
import { databaseUrl, readEnv } from '../../lib/env';

describe('the environment', () => {
  it('defaults to the embedded store on port 3000', () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: 'file:./prisma/dev.db', PORT: 3000 });
    expect(databaseUrl({ DATABASE_URL: 'file:/tmp/x.db' })).toBe('file:/tmp/x.db');
    expect(databaseUrl({ DATABASE_URL: 'file:rel/x.db' })).toBe(`file:${process.cwd()}/rel/x.db`);
  });

  it('refuses bad values with one message naming each', () => {
    expect(() => readEnv({ DATABASE_URL: 'postgres://x', PORT: 'eighty' })).toThrow(
      /Invalid environment:\n {2}DATABASE_URL: DATABASE_URL must be a SQLite URL[^\n]*\n {2}PORT: /,
    );
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT/);
  });
});
