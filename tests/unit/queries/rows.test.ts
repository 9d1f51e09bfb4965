import { describe, expect, it } from 'vitest';
import { byName } from '../../../lib/queries/rows';

const names = (list: string[]) => byName(list.map((name) => ({ name }))).map((r) => r.name);

describe('A to Z by name', () => {
  it('reads as a reader expects, not in byte order (capitals and accents among the rest)', () => {
    // In byte order (SQLite's) "Zeals" comes before "de Bohun" and "Érdi" after everything.
    expect(names(['Zeals', 'Érdi', 'de Bohun', 'Barnet', 'St Albans', 'Stafford'])).toEqual([
      'Barnet',
      'de Bohun',
      'Érdi',
      'St Albans',
      'Stafford',
      'Zeals',
    ]);
  });

  it('is the same whatever order the database gave, ties included', () => {
    const list = ['Hertsmere', 'hertsmere', 'Dacorum', 'Watford', 'St Albans'];
    expect(names([...list].reverse())).toEqual(names(list));
    expect(names(list)).toEqual(['Dacorum', 'hertsmere', 'Hertsmere', 'St Albans', 'Watford']);
  });
});
