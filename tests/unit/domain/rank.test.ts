import { describe, expect, it } from 'vitest';
import { highestSpenders, topBySpend } from '../../../lib/domain/rank';
import { fig } from '../../support/figures';

describe('highestSpenders', () => {
  it('ranks councils with a spend figure by their latest one, highest first, ties A to Z', () => {
    const c = (name: string, ...values: number[]) => ({ name, spend: values.map((v, i) => fig(2015 + i, v)) });
    const list = [c('Dacorum', 20), c('Broxbourne', 900, 30), c('Adur'), c('Crawley', 30), c('Epping', 5)];
    expect(highestSpenders(list, 10).map((x) => x.name)).toEqual(['Broxbourne', 'Crawley', 'Dacorum', 'Epping']);
    expect(highestSpenders(list, 2).map((x) => x.name)).toEqual(['Broxbourne', 'Crawley']);
    expect(list.map((x) => x.name)).toEqual(['Dacorum', 'Broxbourne', 'Adur', 'Crawley', 'Epping']);
  });
});

describe('topBySpend', () => {
  it('keeps the n councils with the highest latest spend, in their order', () => {
    const c = (name: string, v: number | null) => ({ name, spend: v === null ? [] : [fig(2017, v)] });
    const list = [c('A', 5), c('B', 50), c('C', null), c('D', 20), c('E', 1)];
    expect(topBySpend(list, 2).map((x) => x.name)).toEqual(['B', 'D']);
    expect(topBySpend(list, 10).map((x) => x.name)).toEqual(['A', 'B', 'D', 'E']);
  });
});
