import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from '../../../lib/db/schemas';

const sqlite = readFileSync(SQLITE_SCHEMA, 'utf8');

describe('the PostgreSQL schema', () => {
  it('is the SQLite one with its provider and client folder changed, and nothing else', () => {
    const postgres = postgresSchemaFrom(sqlite);
    expect(postgres).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output     = "../../lib/generated/prisma-postgresql"');
    expect(postgres).not.toContain('"sqlite"');
    const models = (schema: string) => schema.slice(schema.indexOf('\nmodel '));
    expect(models(postgres)).toBe(models(sqlite));
  });

  it('is the one npm run db:generate last wrote (the type check regenerates it)', () => {
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(postgresSchemaFrom(sqlite));
  });

  it('cannot be derived from a schema that does not say SQLite once', () => {
    expect(() => postgresSchemaFrom(sqlite.replace('"sqlite"', '"mysql"'))).toThrow(
      /expected one sqlite provider, found 0/,
    );
    expect(() => postgresSchemaFrom(sqlite.replace('output', 'outputs'))).toThrow(/client output/);
  });
});
