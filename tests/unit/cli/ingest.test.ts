import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
/** The seed's identity, from its sidecar seeds/000_306cc6ddef71cacb.json. */
const SEED_URL = 'https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078';
const WATFORD = 'tests/fixtures/05-watford-gross-and-net.txt';

let t: TestDb;
beforeEach(async () => {
  t = await makeTestDb();
});
afterEach(() => t.drop());

const audit = () => t.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
const NOTHING = { councils: 0, articles: 0, facts: 0 };

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
  it('adds the seed with its sidecar’s metadata and a log entry, then finds it unchanged, and says so', async () => {
    const first = await ingest(SEED);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`added     ${SEED}: 13 facts, 0 warnings`);
    expect(first.stdout).toContain('Actual spend, Welwyn Hatfield, 2017-18: £83,000');
    const stored = await t.db.article.findFirstOrThrow();
    expect(stored).toMatchObject({
      key: SEED_URL,
      url: SEED_URL,
      publisher: 'Welwyn Hatfield Times',
      title: null,
      publishedOn: null,
      addedBy: 'command line',
    });
    expect((await audit()).map((e) => [e.actor, e.action, e.articleId])).toEqual([
      ['command line', 'article.added', stored.id],
    ]);

    const again = await ingest(SEED);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`unchanged ${SEED}: 13 facts, 0 warnings`);
    const json = await ingest(SEED, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject([
      { file: SEED, status: 'unchanged', dryRun: false, key: SEED_URL, slug: stored.slug },
    ]);
    expect(await t.counts()).toEqual({ councils: 2, articles: 1, facts: 13 });
    expect(await audit()).toHaveLength(1);
  }, 30_000);

  it('needs a publisher for a file with no sidecar, and takes one from --publisher', async () => {
    const p = file('no-sidecar.txt', 'Watford Borough Council spent £50,000 on CCTV in 2019-20.\n');
    const without = await ingest(p);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain(`FAILED    ${p}: no publisher: give --publisher or a sidecar FILE.json`);
    expect(await t.counts()).toEqual(NOTHING);
    expect(await audit()).toEqual([]);

    const withFlag = await ingest(p, '--publisher', 'Watford Observer');
    expect(withFlag.code).toBe(0);
    expect(await t.db.article.findFirstOrThrow()).toMatchObject({
      publisher: 'Watford Observer',
      url: null,
      title: null,
    });
  }, 30_000);

  it('stores the metadata given by flags, the URL as the article’s identity', async () => {
    const p = file('flags.txt', 'Watford Borough Council spent £50,000 on CCTV last year.\n');
    const url = 'https://example.org/news/watford-cctv';
    const r = await ingest(
      p,
      '--publisher',
      'Watford Observer',
      '--title',
      'Watford’s cameras',
      '--url',
      url,
      '--published',
      '2020-05-02',
      '--json',
    );
    expect(r.code).toBe(0);
    const [out] = JSON.parse(r.stdout) as Array<{
      status: string;
      key: string;
      slug: string;
      facts: Array<{ financialYear: string }>;
    }>;
    expect(out).toMatchObject({ status: 'added', key: url });
    expect(out?.slug).toMatch(/^watfords-cameras-[0-9a-f]{8}$/);
    const stored = await t.db.article.findFirstOrThrow();
    expect(stored).toMatchObject({
      key: url,
      slug: out?.slug,
      url,
      publisher: 'Watford Observer',
      title: 'Watford’s cameras',
      publishedOn: '2020-05-02',
      addedBy: 'command line',
    });
    // "last year" is read from the publication date given.
    expect((await t.db.fact.findFirstOrThrow()).financialYear).toBe(2019);
  }, 30_000);

  it('reads a sidecar FILE.json beside the file; a flag overrides it; a bad sidecar fails its file', async () => {
    const p = file('herts.txt', 'Hertsmere Borough Council spent £117,000 on CCTV in 2018-19.\n');
    file(
      'herts.json',
      JSON.stringify({
        publisher: 'Borehamwood Times',
        title: 'Cameras cost',
        url: 'https://example.org/herts',
        published: '2019-05-02',
      }),
    );
    const bad = file('bad-sidecar.txt', 'Watford Borough Council spent £50,000 on CCTV in 2019-20.\n');
    file('bad-sidecar.json', JSON.stringify({ publisher: '', url: 'ftp://example.org/x' }));
    const first = await ingest(p, bad);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /FAILED +\S*bad-sidecar\.txt: \S*bad-sidecar\.json: give the publisher.*the URL must be a web address/,
    );
    expect(await t.db.article.findMany()).toEqual([
      expect.objectContaining({
        key: 'https://example.org/herts',
        publisher: 'Borehamwood Times',
        title: 'Cameras cost',
        url: 'https://example.org/herts',
        publishedOn: '2019-05-02',
      }),
    ]);

    const retitled = await ingest(p, '--title', 'CCTV costs revealed');
    expect(retitled.stdout).toMatch(/^updated +\S*herts\.txt: 1 facts, 0 warnings$/m);
    expect(await t.db.article.findFirstOrThrow()).toMatchObject({
      title: 'CCTV costs revealed',
      publisher: 'Borehamwood Times',
    });
  }, 30_000);

  it.each([
    ['--url', 'https://example.org/x'],
    ['--title', 'One headline'],
  ])(
    'refuses %s with two files, writing nothing',
    async (flag, value) => {
      const other = file('two.txt', 'Watford Borough Council spent £50,000 on CCTV in 2019-20.\n');
      const r = await ingest(SEED, other, flag, value, '--publisher', 'Watford Observer');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--url and --title describe one article: give one file with them');
      expect(r.stdout).toBe('');
      expect(await t.counts()).toEqual(NOTHING);
    },
    30_000,
  );

  // BUG (lib/cli/ingest.ts, the usage error for argsSchema): the refinement's issue has an empty
  // path, so the message is prefixed "--undefined": "ingest: --undefined --url and --title
  // describe one article: give one file with them".
  it('says why two files with --url are refused without a stray flag name', async () => {
    const r = await ingest(SEED, WATFORD, '--url', 'https://example.org/x');
    expect(r.stderr).toMatch(/^ingest: --url and --title describe one article/);
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
      const r = await ingest(bad, WATFORD, '--publisher', 'Watford Observer');
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

  // BUG (lib/cli/ingest.ts, the catch around each file): the file's error names it by its path
  // relative to the working directory, but only the path as typed is cut from the message, so an
  // absolute path leaves the rest of the relative one behind: "FAILED    /tmp/x/empty.txt: ../..is
  // empty". (Present before the metadata changes too.)
  it('names a refused file once, as typed', async () => {
    const bad = file('named.txt', '');
    const r = await ingest(bad, '--publisher', 'Watford Observer');
    expect(r.stdout).toContain(`FAILED    ${bad}: is empty\n`);
  }, 30_000);

  it.each([
    ['--published', '2019-02-30', '--published must be a date written YYYY-MM-DD'],
    ['--published', '01/05/2019', '--published must be a date written YYYY-MM-DD'],
    ['--url', 'ftp://example.org/a', '--url the URL must be a web address starting http:// or https://'],
    ['--url', 'http://localhost/a', '--url the URL must be a web address starting http:// or https://'],
    ['--publisher', '   ', '--publisher give the publisher'],
  ])(
    'refuses %s %j before touching anything',
    async (flag, value, message) => {
      const r = await ingest(SEED, flag, value);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
      expect(await t.counts()).toEqual(NOTHING);
      expect(await audit()).toEqual([]);
    },
    30_000,
  );

  it('checks the flags before reading any file', async () => {
    // Were the file read first, this would fail it ("no such file", exit 1) instead.
    const r = await ingest(path.join(dir, 'missing.txt'), '--url', 'ftp://example.org/a', '--published', 'yesterday');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--url the URL must be a web address');
    expect(r.stderr).toContain('--published must be a date written YYYY-MM-DD');
    expect(r.stderr).not.toContain('no such file');
  }, 30_000);

  it('keeps an article with no figures, and warns about a council outside England', async () => {
    const none = file('none.txt', 'Residents want more cameras in the town centre.\n');
    const wales = file('wales.txt', 'Cardiff Council spent £450,000 on CCTV in 2018-19.\n');
    const r = await ingest(none, wales, '--publisher', 'Western Mail', '--json');
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
    const [a, b] = await Promise.all([
      ingest(SEED, ...files.slice(0, 3), '--publisher', 'Test Gazette'),
      ingest(...files.slice(3), '--publisher', 'Test Gazette'),
    ]);
    expect([a.code, b.code], `${a.stdout}${a.stderr}${b.stdout}${b.stderr}`).toEqual([0, 0]);
    // Exactly what the parser reads in the seven, none lost to the other writer.
    const stated = [SEED, ...files].reduce((n, f) => n + extractFacts(readFileSync(f, 'utf8')).facts.length, 0);
    expect(stated).toBeGreaterThan(13 + 15);
    expect(await t.counts()).toMatchObject({ articles: 7, facts: stated });
  }, 60_000);

  it('replaces a changed article’s facts and nothing else', async () => {
    const p = file('changing.txt', 'Watford Borough Council spent £50,000 on CCTV in 2019-20.\n');
    // The URL keeps the article's identity when its text changes (without one, it is the text's hash).
    const meta = ['--publisher', 'Watford Observer', '--url', 'https://example.org/changing'];
    await ingest(SEED);
    await ingest(p, ...meta);
    writeFileSync(p, 'Watford Borough Council spent £60,000 on CCTV in 2019-20.\n');
    const r = await ingest(p, ...meta);
    expect(r.stdout).toMatch(
      /^replaced +\S*changing\.txt: 1 facts \(0 added, 0 kept with their decisions, 1 read differently/m,
    );
    const values = (await t.db.fact.findMany({ where: { council: { slug: 'watford' } } })).map((f) => f.value);
    expect(values).toEqual([60000]);
    expect(await t.db.fact.count({ where: { article: { key: SEED_URL } } })).toBe(13);
    expect((await audit()).map((e) => e.action)).toEqual(['article.added', 'article.added', 'article.reparsed']);
  }, 30_000);

  it('asks the app servers in REVALIDATE_URLS to refresh after a change, and not when nothing changed', async () => {
    const secret = 'a-revalidation-secret-of-32-characters-or-more';
    const asked: string[] = [];
    const app = createServer((req, res) => {
      asked.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"refreshed":true}');
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    try {
      const env = { DATABASE_URL: t.url, REVALIDATE_URLS: url, REVALIDATE_SECRET: secret };
      const first = await runCli(['lib/cli/ingest.ts', SEED], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(`refreshed ${url}: its pages show the change now`);
      expect(asked).toEqual([`POST /api/revalidate Bearer ${secret}`]);
      const again = await runCli(['lib/cli/ingest.ts', SEED], env);
      expect(again.stdout).not.toContain('refresh');
      expect(asked).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => app.close(() => resolve()));
    }
  }, 30_000);

  it('says in one line that the database cannot be reached, without its password', async () => {
    const down = 'postgresql://cctv:hunter2@127.0.0.1:9/cctv';
    const run = await runCli(['lib/cli/ingest.ts', SEED], { DATABASE_URL: down });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "ingest: cannot reach the database at postgresql://cctv:***@127.0.0.1:9/cctv: Can't reach database server at 127.0.0.1:9; nothing was written",
    );
    expect(run.stdout).toBe('');
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
    const child = spawn(
      TSX,
      ['lib/cli/ingest.ts', '--dry-run', '--publisher', 'Test Gazette', SEED, ...fixtures, ...fixtures],
      {
        env: { ...process.env, DATABASE_URL: t.url },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 30_000);
});
