/**
 * One model source, two databases. prisma/schema.prisma is written for SQLite; Prisma allows one
 * provider per schema file, and a client generated for one provider refuses the other's adapter,
 * so the PostgreSQL schema is derived from it (by `npm run db:generate`) and never edited.
 */

export const SQLITE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgresql/schema.prisma';
export const SQLITE_MIGRATIONS = 'prisma/migrations';
export const POSTGRES_MIGRATIONS = 'prisma/postgresql/migrations';

const HEADER = `// GENERATED from ${SQLITE_SCHEMA} by \`npm run db:generate\`: edit that file, not this one.\n\n`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (matches !== 1) throw new Error(`${SQLITE_SCHEMA}: expected one ${what}, found ${matches}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the SQLite one: the provider and the generated client's folder differ. */
export function postgresSchemaFrom(sqlite: string): string {
  let schema = replaceOnce(sqlite, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'sqlite provider');
  // The output is relative to the schema file, which sits one folder deeper.
  schema = replaceOnce(
    schema,
    /output\s*=\s*"\.\.\/lib\/generated\/prisma"/,
    'output     = "../../lib/generated/prisma-postgresql"',
    'client output "../lib/generated/prisma"',
  );
  return HEADER + schema;
}
