import { describe, expect, it } from 'vitest';
import { coverageSentence } from '../../../components/england/coverage-statement';
import { coverageOf } from '../../../lib/domain/coverage';
import { fig } from '../../support/figures';

const councilsIn = (year: number) => (year === 2017 ? 353 : 340);

describe('coverageOf', () => {
  const welwyn = { spend: [fig(2017, 83_000), fig(2018, 90_000)] };
  const hertsmere = { spend: [fig(2017, 117_000)] };

  it('counts the councils with a spend figure that year, of those that existed, and adds them up', () => {
    const c = coverageOf(2017, [welwyn, hertsmere], [fig(2017, 78_000_000, 'more_than')], councilsIn);
    expect(c).toMatchObject({ year: 2017, known: 2, of: 353, together: { value: 200_000, bound: 'exact' } });
    // Of "more than £78m", £200,000 is less than 0.2564%.
    expect(c.share).toEqual({ value: 200_000 / 78_000_000, bound: 'less_than' });
  });

  it('has no share without England’s total, and nothing together without figures', () => {
    const c = coverageOf(2018, [welwyn, hertsmere], [fig(2017, 78_000_000)], councilsIn);
    expect(c).toMatchObject({ known: 1, of: 340, together: { value: 90_000 }, total: null, share: null });
    expect(coverageOf(2019, [welwyn], [], councilsIn)).toMatchObject({ known: 0, together: null });
  });

  it('is about a sum when any part is bounded', () => {
    const bounded = { spend: [fig(2017, 50_000, 'more_than')] };
    expect(coverageOf(2017, [welwyn, bounded], [], councilsIn).together).toEqual({ value: 133_000, bound: 'about' });
  });
});

describe('coverageSentence', () => {
  const total = [fig(2017, 78_000_000, 'more_than')];
  it('says how many of how many councils, what they add up to, and their share, rounded within its bound', () => {
    const c = coverageOf(2017, [{ spend: [fig(2017, 83_000)] }, { spend: [fig(2017, 117_000)] }], total, councilsIn);
    expect(coverageSentence(c)).toBe(
      'Figures for 2 of the 353 English councils of 2017-18; together £200,000, ' +
        'less than 0.26% of England’s total of more than £78,000,000.',
    );
  });

  it('speaks of one council alone, and of a year without England’s total', () => {
    const one = coverageOf(2017, [{ spend: [fig(2017, 83_000)] }], total, councilsIn);
    expect(coverageSentence(one)).toMatch(
      /^Figures for 1 of the 353 English councils of 2017-18: £83,000, less than 0\.11% /,
    );
    const none = coverageOf(2018, [{ spend: [fig(2018, 83_000)] }], total, councilsIn);
    expect(coverageSentence(none)).toBe(
      'Figures for 1 of the 340 English councils of 2018-19: £83,000. ' +
        'No source gives England’s total for that year, so no share of it can be given.',
    );
    expect(coverageSentence(coverageOf(2019, [], total, councilsIn))).toBe(
      'None of the 340 English councils of 2019-20 has a spend figure in the sources.',
    );
  });
});
