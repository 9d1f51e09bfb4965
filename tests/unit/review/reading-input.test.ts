import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as councilList from '../../../lib/councils';
import { councils } from '../../../lib/councils';
import { checkReading, findCouncil, parseWholeNumber, type ReadingFields } from '../../../lib/review/reading-input';

const fields = (more: Partial<ReadingFields> = {}): ReadingFields => ({
  council: 'Watford',
  year: '2019',
  metric: 'spend',
  value: '45000',
  bound: 'exact',
  basis: '',
  ...more,
});

/** The errors of a reading that must be refused. */
function errorsOf(f: ReadingFields, threshold: number | null = null) {
  const r = checkReading(f, threshold);
  if (r.ok) throw new Error(`expected ${JSON.stringify(f)} to be refused`);
  return r.errors;
}

/** The reading of one that must be accepted. */
function readingOf(f: ReadingFields, threshold: number | null = null) {
  const r = checkReading(f, threshold);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(f)} to be accepted: ${JSON.stringify(r.errors)}`);
  return r.reading;
}

describe('findCouncil', () => {
  it.each([
    ['its name', 'Welwyn Hatfield'],
    ['its official name', 'Welwyn Hatfield Borough Council'],
    ['its slug', 'welwyn-hatfield'],
    ['its GSS code', 'E07000241'],
    ['its GSS code in lower case', 'e07000241'],
    ['its name in any case, with stray spaces', '  wELWYN    hatfield '],
    ['its official name in capitals', 'WELWYN HATFIELD BOROUGH COUNCIL'],
  ])('finds a council by %s', (_, input) => {
    expect(findCouncil(input)?.gssCode).toBe('E07000241');
  });

  it.each([['Narnia'], [''], ['welwyn'], ['E07000999']])('finds nothing for %j', (input) => {
    expect(findCouncil(input)).toBeNull();
  });

  it('prefers the current Somerset Council to the county council it replaced, and finds the old one by its own names', () => {
    const named = councils.filter((c) => c.name === 'Somerset');
    expect(named.map((c) => c.endDate !== null)).toEqual([false, true]);
    expect(findCouncil('Somerset')?.gssCode).toBe('E06000066');
    expect(findCouncil('Somerset County Council')?.gssCode).toBe('E10000027');
    expect(findCouncil('somerset-cty-to-2023')?.gssCode).toBe('E10000027');
  });

  describe('when the abolished council comes first in the list', () => {
    afterEach(() => {
      vi.doUnmock('../../../lib/councils');
      vi.resetModules();
    });

    // The bundled list happens to put the current council first, so the preference is checked
    // against the list reversed as well: the choice must not depend on the order.
    it('still prefers the current one', async () => {
      vi.resetModules();
      vi.doMock('../../../lib/councils', async (importOriginal) => {
        const real = await importOriginal<typeof councilList>();
        return { ...real, councils: [...real.councils].reverse() };
      });
      const list = await import('../../../lib/councils');
      expect(list.councils.find((c) => c.name === 'Somerset')?.endDate).toBe('2023-04-01');
      const reversed = await import('../../../lib/review/reading-input');
      expect(reversed.findCouncil('Somerset')?.gssCode).toBe('E06000066');
      expect(reversed.findCouncil('North Yorkshire')?.gssCode).toBe('E06000065');
    });
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['45,000', 45000],
    ['£45,000', 45000],
    ['45000', 45000],
    [' £1,234,567 ', 1234567],
    ['0', 0],
    ['123456789012345', 123456789012345],
  ])('reads %j as %d', (input, value) => {
    expect(parseWholeNumber(input)).toBe(value);
  });

  it.each([
    ['a decimal', '45.5'],
    ['digits split by a space', '4 5'],
    ['nothing', ''],
    ['spaces', '   '],
    ['a negative number', '-3'],
    ['an exponent', '1e5'],
    ['16 digits', '1234567890123456'],
    ['a misplaced comma', '45,00'],
    ['a pound sign alone', '£'],
    ['words', 'forty'],
  ])('refuses %s (%j)', (_, input) => {
    expect(parseWholeNumber(input)).toBeNull();
  });
});

describe('checkReading', () => {
  it('reads a council’s figure into what the store holds', () => {
    const r = readingOf(fields({ value: '£45,000', basis: 'net', bound: 'more_than' }));
    expect(r).toMatchObject({
      scope: 'council',
      metric: 'spend',
      financialYear: 2019,
      value: 45000,
      bound: 'more_than',
      basis: 'net',
    });
    expect(r.council?.gssCode).toBe('E07000103');
  });

  it('takes the largest value the store keeps, and refuses one more', () => {
    expect(readingOf(fields({ value: '£2,147,483,647' })).value).toBe(2_147_483_647);
    expect(errorsOf(fields({ value: '2147483648' }))).toEqual({
      value: 'The value must be at most 2,147,483,647: no CCTV figure is larger.',
    });
  });

  it('reads a basis left blank as not stated', () => {
    expect(readingOf(fields({ basis: '' })).basis).toBeNull();
  });

  it('names an unknown council in its message', () => {
    expect(errorsOf(fields({ council: 'Narnia' })).council).toBe(
      '“Narnia” is not a council in our list: pick one from the list, or England.',
    );
  });

  it.each([['England'], ['  england '], ['']])(
    'takes %j as England’s own figure for a metric England may have',
    (council) => {
      const r = readingOf(fields({ council, metric: 'cameras', value: '1200' }));
      expect(r).toMatchObject({ scope: 'england', council: null, metric: 'cameras', value: 1200 });
    },
  );

  it('refuses a council for an England-wide measure', () => {
    const errors = errorsOf(fields({ metric: 'councils_spending_over', value: '6' }), 1_000_000);
    expect(errors).toEqual({ council: 'This measure is England-wide: choose England.' });
    expect(
      readingOf(fields({ council: 'England', metric: 'councils_spending_over', value: '6' }), 1_000_000).scope,
    ).toBe('england');
  });

  it('keeps "councils that spent more" England-wide while naming the council compared with', () => {
    const r = readingOf(fields({ council: 'Welwyn Hatfield', metric: 'councils_spending_more', value: '176' }));
    expect(r.scope).toBe('england');
    expect(r.council?.gssCode).toBe('E07000241');
  });

  it('refuses a threshold measure when the fact has no threshold', () => {
    const f = fields({ council: 'England', metric: 'councils_spending_over', value: '6' });
    expect(errorsOf(f, null)).toEqual({
      metric: 'This measure needs a threshold, which the form cannot set: use the command line.',
    });
    expect(readingOf(f, 1_000_000).metric).toBe('councils_spending_over');
  });

  it.each([
    ['value', { value: '45.5' }],
    ['value', { value: '' }],
    ['year', { year: '1989' }],
    ['year', { year: '2101' }],
    ['year', { year: 'last year' }],
    ['year', { year: '2019.5' }],
    ['metric', { metric: 'spending' }],
    ['bound', { bound: 'roughly' }],
    ['bound', { bound: '' }],
    ['basis', { basis: 'both' }],
  ] as const)('puts the error on %s for %j, and on no other field', (field, bad) => {
    expect(Object.keys(errorsOf(fields(bad)))).toEqual([field]);
  });

  it('accepts the edges of the year range', () => {
    expect(readingOf(fields({ year: '1990' })).financialYear).toBe(1990);
    expect(readingOf(fields({ year: '2100' })).financialYear).toBe(2100);
  });
});
