import { describe, expect, it } from 'vitest';
import { COUNCIL_ORDERS, COUNCIL_SORTS, orderCouncils, orderHref } from '../../../lib/domain/council-order';
import type { FactRow } from '../../../lib/domain/figure';
import { summariseCouncil } from '../../../lib/domain/series';
import { factRow as fact } from '../../support/figures';

let id = 0;
const summary = (name: string, facts: Array<Partial<FactRow>>, population: number | null = 100_000) => ({
  ...summariseCouncil(
    { slug: name.toLowerCase(), name, officialName: `${name} Council`, region: 'R' },
    facts.map((f) => fact({ id: ++id, ...f })),
  ),
  population,
});

// A to Z, as the overview query gives them.
const councils = [
  summary('Acton', [{ metric: 'camera_sites', value: 900 }]),
  summary('Barnet', [
    { metric: 'spend', financialYear: 2016, value: 500_000 },
    { metric: 'spend', financialYear: 2017, value: 10_000 },
    { metric: 'cameras', value: 40 },
  ]),
  summary(
    'Crewe',
    [
      { metric: 'spend', value: 90_000 },
      { metric: 'cameras', value: 12 },
      { metric: 'camera_sites', value: 3 },
    ],
    30_000,
  ),
  // Abolished before mid-2020: no population, so no spend per resident.
  summary('Dover', [{ metric: 'spend', value: 90_000 }], null),
  summary('Ealing', [{ metric: 'spend', value: 120_000, bound: 'more_than' }]),
];
const order = (sort: Parameters<typeof orderCouncils>[1]) => {
  const { listed, without } = orderCouncils(councils, sort);
  return { listed: listed.map((c) => c.name), without: without.map((c) => c.name) };
};

describe('orderCouncils', () => {
  it('keeps A to Z by default, every council listed', () => {
    expect(order('name')).toEqual({ listed: ['Acton', 'Barnet', 'Crewe', 'Dover', 'Ealing'], without: [] });
  });

  it('ranks by latest spend, highest first, equal figures A to Z, those without spend after', () => {
    // Barnet's latest spend is 2017's £10,000, not 2016's £500,000.
    expect(order('spend')).toEqual({ listed: ['Ealing', 'Crewe', 'Dover', 'Barnet'], without: ['Acton'] });
  });

  it('ranks by latest spend per resident, in pence with its bound, those without a population after', () => {
    // Crewe £90,000 / 30,000 = 300p; Ealing more than £120,000 / 100,000 = more than 120p; Barnet 10p.
    expect(order('per-resident')).toEqual({ listed: ['Crewe', 'Ealing', 'Barnet'], without: ['Acton', 'Dover'] });
    const ealing = councils.find((c) => c.name === 'Ealing');
    expect(ealing && COUNCIL_ORDERS['per-resident'].figure(ealing)).toMatchObject({ value: 120, bound: 'more_than' });
    expect(COUNCIL_ORDERS['per-resident'].unit).toBe('pence');
  });

  it('ranks cameras and camera sites apart, never one unit for the other', () => {
    expect(order('cameras')).toEqual({ listed: ['Barnet', 'Crewe'], without: ['Acton', 'Dover', 'Ealing'] });
    expect(order('camera-sites')).toEqual({ listed: ['Acton', 'Crewe'], without: ['Barnet', 'Dover', 'Ealing'] });
  });

  it('names the unit of each count it ranks', () => {
    expect(COUNCIL_ORDERS.cameras.unit).toBe('cameras');
    expect(COUNCIL_ORDERS['camera-sites'].unit).toBe('camera_sites');
    expect(COUNCIL_ORDERS.spend.unit).toBeUndefined();
  });
});

describe('orderHref', () => {
  it('gives the plain /councils for A to Z and ?sort= for every other order', () => {
    expect(COUNCIL_SORTS.map(orderHref)).toEqual([
      '/councils',
      '/councils?sort=spend',
      '/councils?sort=per-resident',
      '/councils?sort=cameras',
      '/councils?sort=camera-sites',
    ]);
  });
});
