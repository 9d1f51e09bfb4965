import { describe, expect, it } from 'vitest';
import { describeCorrection, possessive, type CurrentReading } from '../../../lib/review/describe';
import type { MachineReading } from '../../../lib/review/reading';

const machine: MachineReading = {
  scope: 'council',
  council: { gssCode: 'E07000096', name: 'Dacorum' },
  metric: 'spend',
  financialYear: 2017,
  value: 40000,
  bound: 'exact',
  basis: null,
  threshold: null,
};
const { council: _, ...rest } = machine;
const same: CurrentReading = { ...rest, council: { name: 'Dacorum' } };

describe('a correction in words', () => {
  it('says nothing when the reading is the machine’s', () => {
    expect(describeCorrection(machine, same)).toEqual([]);
  });

  it('names a change of council', () => {
    expect(describeCorrection(machine, { ...same, council: { name: 'St Albans' } })).toEqual([
      "Read as Dacorum's; corrected to St Albans'",
    ]);
  });

  it('names a change of amount, bound or year', () => {
    expect(describeCorrection(machine, { ...same, value: 45000 })).toEqual(['Read as £40,000; corrected to £45,000']);
    expect(describeCorrection(machine, { ...same, bound: 'more_than' })).toEqual([
      'Read as £40,000; corrected to more than £40,000',
    ]);
    expect(describeCorrection(machine, { ...same, financialYear: 2018 })).toEqual([
      'Read as 2017-18; corrected to 2018-19',
    ]);
  });

  it('names each of several changes, in reading order', () => {
    expect(
      describeCorrection(machine, { ...same, council: { name: 'St Albans' }, financialYear: 2018, value: 45000 }),
    ).toEqual([
      "Read as Dacorum's; corrected to St Albans'",
      'Read as 2017-18; corrected to 2018-19',
      'Read as £40,000; corrected to £45,000',
    ]);
  });

  it('names a change between a council and England, of metric or basis, and of threshold', () => {
    expect(describeCorrection(machine, { ...same, scope: 'england', council: null })).toEqual([
      "Read as Dacorum's; corrected to England's",
    ]);
    expect(describeCorrection(machine, { ...same, metric: 'budget' })).toEqual([
      'Read as actual spend; corrected to budget',
    ]);
    expect(describeCorrection(machine, { ...same, basis: 'net' })).toEqual([
      'Read as actual spend; corrected to actual spend (net)',
    ]);
    const over: MachineReading = {
      ...machine,
      scope: 'england',
      council: null,
      metric: 'councils_spending_over',
      value: 6,
      threshold: 1000000,
    };
    expect(describeCorrection(over, { ...over, council: null, threshold: 500000 })).toEqual([
      'Read as over £1,000,000; corrected to over £500,000',
    ]);
  });

  it('writes counts as counts, not money', () => {
    const cameras: MachineReading = { ...machine, metric: 'cameras', value: 23 };
    expect(describeCorrection(cameras, { ...same, metric: 'cameras', value: 32 })).toEqual([
      'Read as 23; corrected to 32',
    ]);
  });
});

describe('possessives', () => {
  it('add an apostrophe, and an s unless the name ends in one', () => {
    expect(possessive('Dacorum')).toBe("Dacorum's");
    expect(possessive('St Albans')).toBe("St Albans'");
    expect(possessive('England')).toBe("England's");
  });
});
