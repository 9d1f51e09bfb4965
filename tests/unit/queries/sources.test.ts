import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../lib/ingest';
import { getSource } from '../../../lib/queries/sources';
import { makeTestDb, type TestDb } from '../../setup/test-db';

let t: TestDb;
beforeAll(async () => {
  t = makeTestDb();
  await ingestArticle(t.db, {
    file: 'seeds/000_306cc6ddef71cacb.txt',
    text: readFileSync('seeds/000_306cc6ddef71cacb.txt', 'utf8'),
  });
});
afterAll(() => t.drop());

describe('the source query', () => {
  it('gives the text, every fact with its council, and the warnings', async () => {
    const s = await getSource('000-306cc6ddef71cacb', t.db);
    expect(s?.facts).toHaveLength(13);
    expect(s?.warnings).toEqual([]);
    const f = s?.facts[0];
    expect(s?.text.slice(f?.start, f?.end)).toBe('£83,000');
    expect(f?.council?.slug).toBe('welwyn-hatfield');
    expect(await getSource('nope', t.db)).toBeNull();
  });
});
