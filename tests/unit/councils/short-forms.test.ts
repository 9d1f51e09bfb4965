import { describe, expect, it } from 'vitest';
import { councils, existedIn } from '../../../lib/councils';
import elsewhere from '../../../lib/councils/elsewhere.json';
import { SHORT_FORMS } from '../../../lib/councils/short-forms';

describe('the council list beyond the names', () => {
  it('every short form names councils that are in the list', () => {
    const names = new Set(councils.map((c) => c.name));
    const missing = Object.values(SHORT_FORMS)
      .flat()
      .filter((n) => !names.has(n));
    expect(missing).toEqual([]);
  });

  it('knows the councils abolished in the 2019-2023 reorganisations, for the years they existed', () => {
    const byName = (n: string) => councils.find((c) => c.name === n)!;
    for (const [name, lastYear] of [
      ['Corby', 2020],
      ['Allerdale', 2022],
      ['Scarborough', 2022],
      ['Taunton Deane', 2018],
    ] as const) {
      expect(existedIn(byName(name), lastYear), name).toBe(true);
      expect(existedIn(byName(name), lastYear + 1), name).toBe(false);
    }
  });

  it('names councils outside England, so their figures are never given to an English one', () => {
    expect(elsewhere).toEqual(expect.arrayContaining(['Fife', 'Swansea', 'Belfast', 'Carmarthenshire']));
    expect(elsewhere).not.toContain('Wigan');
  });
});
