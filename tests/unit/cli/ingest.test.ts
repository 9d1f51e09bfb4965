import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';
import { makeTestDb, type TestDb } from '../../setup/test-db';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const SEED = 'seeds/000_306cc6ddef71cacb.txt';

let t: TestDb;
beforeEach(() => {
  t = makeTestDb();
});
afterEach(() => t.drop());

/** Runs a CLI script; never throws, returns its exit code and output. */
async function runCli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(TSX, args, { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs `npm run ingest` against this test's store. */
const ingest = (...args: string[]) => runCli(['lib/cli/ingest.ts', ...args], { DATABASE_URL: t.url });

const dir = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('npm run ingest', () => {
  it('adds an article, then finds it unchanged, and says so', async () => {
    const first = await ingest(SEED);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`added     ${SEED}: 13 facts, 0 warnings`);
    expect(first.stdout).toContain('Actual spend, Welwyn Hatfield, 2017-18: £83,000');
    const again = await ingest(SEED, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject([{ file: SEED, status: 'unchanged', dryRun: false }]);
    expect(await t.counts()).toEqual({ councils: 2, articles: 1, facts: 13 });
  }, 30_000);

  it('writes nothing on a dry run', async () => {
    const r = await ingest(SEED, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would be added');
    expect(await t.counts()).toEqual({ councils: 0, articles: 0, facts: 0 });
  }, 30_000);

  it.each([
    ['an empty file', () => file('empty.txt', ''), 'is empty'],
    ['a binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'is binary'],
    ['a 5 MB file', () => file('big.txt', 'CCTV '.repeat(1024 * 1024)), 'at most 1 MB'],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('Kent spent \xa3500 on CCTV', 'latin1')), 'not valid UTF-8'],
    ['a missing file', () => path.join(dir, 'missing.txt'), 'no such file'],
  ])(
    'refuses %s, names it, exits non-zero and leaves the store as it was',
    async (_, make, reason) => {
      await ingest(SEED);
      const before = await t.counts();
      const bad = make();
      const r = await ingest(bad, 'tests/fixtures/05-watford-gross-and-net.txt');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(new RegExp(`FAILED +\\S*${path.basename(bad)}: .*${reason}`));
      // The good file in the same run still went in; the bad one wrote nothing.
      expect(await t.counts()).toEqual({
        councils: before.councils + 1,
        articles: before.articles + 1,
        facts: before.facts + 4,
      });
    },
    30_000,
  );

  it('rejects a malformed --published before touching anything', async () => {
    for (const bad of ['2019-13-01', '01/05/2019', 'yesterday']) {
      const r = await ingest(SEED, '--published', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--published must be a date written YYYY-MM-DD');
    }
    expect(await t.counts()).toEqual({ councils: 0, articles: 0, facts: 0 });
  }, 30_000);

  it('keeps an article with no figures, and warns about a council outside England', async () => {
    const none = file('none.txt', 'Residents want more cameras in the town centre.\n');
    const wales = file('wales.txt', 'Cardiff Council spent £450,000 on CCTV in 2018-19.\n');
    const r = await ingest(none, wales, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ status: string; facts: unknown[]; warnings: Array<{ code: string }> }>;
    expect(out.map((o) => [o.status, o.facts.length])).toEqual([
      ['added', 0],
      ['added', 0],
    ]);
    expect(out[1]?.warnings.map((w) => w.code)).toEqual(['not_england']);
    expect(await t.counts()).toEqual({ councils: 0, articles: 2, facts: 0 });
  }, 30_000);

  it('lets two ingests run at once with nothing lost', async () => {
    const fixtures = [
      '01-kent-county',
      '03-london-boroughs',
      '05-watford-gross-and-net',
      '09-leeds-relative-years',
      '12-county-and-district',
      '13-sheffield-year-forms',
    ];
    const files = fixtures.map((f) => `tests/fixtures/${f}.txt`);
    const [a, b] = await Promise.all([ingest(SEED, ...files.slice(0, 3)), ingest(...files.slice(3))]);
    expect([a.code, b.code], `${a.stdout}${a.stderr}${b.stdout}${b.stderr}`).toEqual([0, 0]);
    // Exactly what the parser reads in the seven, none lost to the other writer.
    const stated = [SEED, ...files].reduce((n, f) => n + extractFacts(readFileSync(f, 'utf8')).facts.length, 0);
    expect(stated).toBeGreaterThan(13 + 15);
    expect(await t.counts()).toMatchObject({ articles: 7, facts: stated });
  }, 60_000);

  it('replaces a changed article’s facts and nothing else', async () => {
    const p = file('changing.txt', 'Watford Borough Council spent £50,000 on CCTV in 2019-20.\n');
    await ingest(SEED, p);
    writeFileSync(p, 'Watford Borough Council spent £60,000 on CCTV in 2019-20.\n');
    const r = await ingest(p);
    expect(r.stdout).toContain('replaced');
    const values = (await t.db.fact.findMany({ where: { council: { slug: 'watford' } } })).map((f) => f.value);
    expect(values).toEqual([60000]);
    expect(await t.db.fact.count({ where: { article: { file: SEED } } })).toBe(13);
  }, 30_000);

  it('refuses a store that was never migrated, with what to do', async () => {
    const bare = path.join(dir, 'never-migrated.db');
    const run = await runCli(['lib/cli/ingest.ts', SEED], { DATABASE_URL: `file:${bare}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no tables yet; run npm run db:migrate');
    expect(run.stdout).toBe('');
  }, 30_000);
});

describe('the CLIs on a closed pipe', () => {
  it('stop quietly when the reader goes away (| head)', async () => {
    // Line by line, a dry run of every fixture: the reader leaves after the first chunk.
    const fixtures = readdirSync('tests/fixtures')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `tests/fixtures/${f}`);
    const child = spawn(TSX, ['lib/cli/ingest.ts', '--dry-run', SEED, ...fixtures, ...fixtures], {
      env: { ...process.env, DATABASE_URL: t.url },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 30_000);
});
