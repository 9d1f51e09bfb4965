import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';

/** [metric, council or England, financial year, value, basis] of every fact. */
const read = (text: string, published = '2018-06-01') =>
  extractFacts(text, { published }).facts.map((f) => [
    f.metric,
    f.council?.name ?? 'England',
    f.financialYear,
    f.value,
    f.basis,
  ]);

describe('attribute: whose figure, which year, what basis', () => {
  it.each([
    [
      'a place after the council is where, not who',
      'Wandsworth is the most watched borough in London with 1,113 cameras.',
      [['cameras', 'Wandsworth', 2018, 1113, null]],
    ],
    [
      'England named in an earlier clause makes councils in general England',
      'In England, councils spent £78m on CCTV in 2017-18.',
      [['spend', 'England', 2017, 78000000, null]],
    ],
    [
      'the council compared with is the one after "than"',
      'Bolton spent £90,000 on CCTV in 2017-18, and 150 councils spent more than Wigan that year.',
      [
        ['spend', 'Bolton', 2017, 90000, null],
        ['councils_spending_more', 'Wigan', 2017, 150, null],
      ],
    ],
    [
      'net and gross said near the figure; spending beside income is gross',
      'Wigan Council’s net spending on CCTV was £83,000 in 2017-18. It spent £120,000 on CCTV in 2016-17 and took in £40,000 in income.',
      [
        ['spend', 'Wigan', 2017, 83000, 'net'],
        ['spend', 'Wigan', 2016, 120000, 'gross'],
        ['income', 'Wigan', 2016, 40000, null],
      ],
    ],
    [
      'a count dated by its own clause; a calendar year does not date it',
      'Wigan Council ran 40 cameras in 2016-17. Bolton Council, which began CCTV in 2005, runs 60 cameras.',
      [
        ['cameras', 'Wigan', 2016, 40, null],
        ['cameras', 'Bolton', 2018, 60, null],
      ],
    ],
    [
      'a count told with "this year" takes the current year',
      'Wigan Council runs 40 cameras this year.',
      [['cameras', 'Wigan', 2018, 40, null]],
    ],
    [
      'a year across a semicolon belongs to the next clause',
      'Wigan Council spent £83,000 on CCTV; in 2016-17 Bolton spent £70,000.',
      [['spend', 'Bolton', 2016, 70000, null]],
    ],
    [
      'a heading gives its first financial year to the list',
      'CCTV spending, 2016-17:\n- Wigan: £83,000\n- Bolton: £70,000',
      [
        ['spend', 'Wigan', 2016, 83000, null],
        ['spend', 'Bolton', 2016, 70000, null],
      ],
    ],
    [
      'a council after the figure only when tied to it by a preposition',
      '£83,000 was spent on CCTV in 2017-18, Bolton Council said.',
      [],
    ],
    [
      '"it" stands for the council last named, even a council outside England',
      'Fife Council runs CCTV. It spent £300,000 on it in 2017-18.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['by', 'for', 'from', 'at', 'to', 'of', 'by the'])('a council after the figure, tied by "%s"', (prep) => {
    const r = extractFacts(`CCTV spending was £83,000 ${prep} Wigan Council in 2017-18.`, { published: '2018-06-01' });
    expect(r.facts.map((f) => [f.council?.name, f.evidence.rules[2], f.evidence.council?.text])).toEqual([
      ['Wigan', 'council.named-after', 'Wigan Council'],
    ]);
  });

  it('says why it refused, with the rule, for figures it will not give a council', () => {
    const r = extractFacts('£83,000 was spent on CCTV in 2017-18, Bolton Council said.', { published: '2018-06-01' });
    expect(r.warnings.map((w) => [w.code, w.rule])).toEqual([['unresolved_council', 'council.none']]);
    const fife = extractFacts('Fife Council runs CCTV. It spent £300,000 on it in 2017-18.', {
      published: '2018-06-01',
    });
    expect(fife.warnings.map((w) => [w.code, w.rule, w.message])).toEqual([
      ['not_england', 'council.elsewhere', '"Fife" is a council outside England'],
    ]);
  });
});
