import { describe, expect, it } from 'vitest';
import { getSource } from '../../../lib/queries/sources';
import { seededStore } from '../../support/seeded-store';

const t = seededStore();

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
