import { describe, expect, it } from 'vitest';
import { getSource } from '../../../lib/queries/sources';
import { ingestSeed, SEED_PUBLISHER, SEED_URL, storeWith } from './stores';

let slug = '';
const t = storeWith(async (db) => {
  slug = (await ingestSeed(db)).slug;
});

describe('the source query', () => {
  it('gives the text, every fact with its council and status, and the warnings', async () => {
    const s = await getSource(slug, t.db);
    expect(s?.facts).toHaveLength(13);
    expect(s?.rejected).toEqual([]);
    expect(s?.warnings).toEqual([]);
    const f = s?.facts[0];
    expect(s?.text.slice(f?.start, f?.end)).toBe('£83,000');
    expect(f?.council?.slug).toBe('welwyn-hatfield');
    // Every figure is as the parser read it until an editor decides.
    expect(new Set(s?.facts.map((x) => x.status))).toEqual(new Set(['unchecked']));
    expect(f?.machineReading).toMatchObject({ council: { name: 'Welwyn Hatfield' }, value: 83000 });
    expect(await getSource('nope', t.db)).toBeNull();
  });

  it('gives the seed’s citation from its sidecar, and the day it was added', async () => {
    const s = await getSource(slug, t.db);
    expect(s?.citation).toEqual({ slug, publisher: SEED_PUBLISHER, url: SEED_URL, title: null, publishedOn: null });
    expect(s?.facts[0]?.citation).toEqual(s?.citation);
    const { addedAt } = await t.db.article.findUniqueOrThrow({ where: { slug }, select: { addedAt: true } });
    expect(s?.addedOn).toBe(addedAt.toISOString().slice(0, 10));
  });
});
