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

describe('attribute: more cases at the edges', () => {
  it.each([
    [
      'a council after "than" is compared with, not the owner',
      'Hertsmere spent more than Dacorum on CCTV in 2017-18, at £90,000.',
      [['spend', 'Hertsmere', 2017, 90000, null]],
    ],
    [
      '"the borough" is the council named before it, not one named after it',
      "Hertsmere Borough Council runs the town's CCTV.\n\nThe borough has 87 cameras, and Dacorum has 40.",
      [
        ['cameras', 'Hertsmere', 2018, 87, null],
        ['cameras', 'Dacorum', 2018, 40, null],
      ],
    ],
    [
      'England named after the figure in its clause makes councils in general England',
      'Councils spent £78m on CCTV across England in 2017-18.',
      [['spend', 'England', 2017, 78000000, null]],
    ],
    [
      'Britain in another clause does not take England’s figure away',
      'Councils in England spent £78m on CCTV in 2017-18, while Britain as a whole has some 5 million cameras.',
      [['spend', 'England', 2017, 78000000, null]],
    ],
    [
      'councils spending more than the council of the sentence before',
      'Bolton has 50 cameras. Wigan spent £90,000 on CCTV in 2017-18.\n\nIn England, 61 councils spent more that year.',
      [
        ['cameras', 'Bolton', 2018, 50, null],
        ['spend', 'Wigan', 2017, 90000, null],
        ['councils_spending_more', 'Wigan', 2017, 61, null],
      ],
    ],
    [
      'councils spending more than the council named before them in their sentence',
      'Bolton has 50 cameras.\n\nWigan spent £90,000 on CCTV in 2017-18, and 61 councils spent more.',
      [
        ['cameras', 'Bolton', 2018, 50, null],
        ['spend', 'Wigan', 2017, 90000, null],
        ['councils_spending_more', 'Wigan', 2017, 61, null],
      ],
    ],
    [
      'councils spending more than a council named after "than", not the sentence’s owner',
      'Wigan spent £90,000 on CCTV in 2017-18, and 61 councils spent more than Bolton.',
      [
        ['spend', 'Wigan', 2017, 90000, null],
        ['councils_spending_more', 'Bolton', 2017, 61, null],
      ],
    ],
    [
      'a semicolon elsewhere in the sentence does not cut a level from its year',
      'Hertsmere spent £50,000 on CCTV in 2017-18, up from £40,000 in 2016-17; Dacorum did not reply.',
      [
        ['spend', 'Hertsmere', 2017, 50000, null],
        ['spend', 'Hertsmere', 2016, 40000, null],
      ],
    ],
    [
      'a year opening the sentence governs a list before a semicolon',
      'In 2017-18 Hertsmere spent £45,000 on CCTV and Dacorum £30,000; Bolton did not reply.',
      [
        ['spend', 'Hertsmere', 2017, 45000, null],
        ['spend', 'Dacorum', 2017, 30000, null],
      ],
    ],
    [
      'a count is not dated by a year in an earlier clause',
      'In 2015-16, Hertsmere spent £50,000 on CCTV, and it now has 87 cameras.',
      [
        ['spend', 'Hertsmere', 2015, 50000, null],
        ['cameras', 'Hertsmere', 2018, 87, null],
      ],
    ],
    [
      'a count is not dated by a year in a later clause',
      'Hertsmere has 87 cameras, and it spent £50,000 on them in 2015-16.',
      [
        ['cameras', 'Hertsmere', 2018, 87, null],
        ['spend', 'Hertsmere', 2015, 50000, null],
      ],
    ],
    [
      'a heading’s calendar year is passed over for its financial year',
      'Council CCTV spending in 2018 (financial year 2018-19):\n- Bolton: £90,000\n- Wigan: £85,000',
      [
        ['spend', 'Bolton', 2018, 90000, null],
        ['spend', 'Wigan', 2018, 85000, null],
      ],
    ],
    [
      'a figure "in each of" two years is a fact for each',
      'Hertsmere spent £50,000 on CCTV in each of 2016-17 and 2017-18.',
      [
        ['spend', 'Hertsmere', 2016, 50000, null],
        ['spend', 'Hertsmere', 2017, 50000, null],
      ],
    ],
    [
      'a table without a header row takes its metric and year from the line before it',
      'West Yorkshire councils’ spending on CCTV, 2018-19:\nLeeds\t£1,900,000\nKirklees\t£680,000',
      [
        ['spend', 'Leeds', 2018, 1900000, null],
        ['spend', 'Kirklees', 2018, 680000, null],
      ],
    ],
    [
      'a ranked table takes its year from its title when its columns give none',
      'Biggest CCTV spenders, 2017-18\n\nRank | Council | Spend\n1 | Birmingham | £2,480,000\n2 | Sandwell | £1,120,000',
      [
        ['spend', 'Birmingham', 2017, 2480000, null],
        ['spend', 'Sandwell', 2017, 1120000, null],
      ],
    ],
    [
      '"the borough" is the story’s council, not a neighbour named once in passing',
      [
        'Tower Hamlets Council spent £1.46m on CCTV in 2017-18.',
        'Neighbouring Hackney spent £2.1m the same year.',
        'Across England, councils spent £78.2m.',
        'The borough’s network now stands at 362 cameras.',
        'Its income in 2017-18 was £410,000.',
        'Tower Hamlets says the cameras pay their way.',
      ].join('\n\n'),
      [
        ['spend', 'Tower Hamlets', 2017, 1460000, null],
        ['spend', 'Hackney', 2017, 2100000, null],
        ['cameras', 'Tower Hamlets', 2018, 362, null],
        ['income', 'Tower Hamlets', 2017, 410000, null],
      ],
    ],
    [
      '"the borough" is the council last named when the story’s council is named only in headings',
      [
        'CCTV cameras in Hastings',
        'CCTV cameras in Hastings',
        'The network of CCTV cameras will be reviewed by East Northamptonshire Council.',
        'The borough spent £80,000 on it in 2017-18.',
      ].join('\n\n'),
      [['spend', 'East Northamptonshire', 2017, 80000, null]],
    ],
    [
      'a figure with no council of its own is the story’s, not the last of a list of others just named',
      [
        'Canterbury City Council runs 142 cameras.',
        'Thanet District Council has no control room of its own.',
        'The Canterbury control room also monitors cameras for Dover District Council and Thanet District Council.',
        'The net cost of the service in 2017/18 was £585,730.',
      ].join('\n\n'),
      [
        ['cameras', 'Canterbury', 2018, 142, null],
        ['spend', 'Canterbury', 2017, 585730, 'net'],
      ],
    ],
    [
      'a ranking with no year of its own is of the year the story is telling',
      [
        'Kirklees Council spent £680,000 on CCTV in 2017-18.',
        'Only 48 councils in England spent more than Kirklees, while 22 spent over £1 million.',
      ].join('\n\n'),
      [
        ['spend', 'Kirklees', 2017, 680000, null],
        ['councils_spending_more', 'Kirklees', 2017, 48, null],
        ['councils_spending_over', 'England', 2017, 22, null],
      ],
    ],
    [
      '"the same year" after a comparison is the year of the story, not the year compared with',
      [
        'Shropshire spent £301,000 on CCTV in 2016/17, down from £344,000 in 2015/16.',
        'Telford and Wrekin spent £410,000 on CCTV in the same year.',
      ].join('\n\n'),
      [
        ['spend', 'Shropshire', 2016, 301000, null],
        ['spend', 'Shropshire', 2015, 344000, null],
        ['spend', 'Telford and Wrekin', 2016, 410000, null],
      ],
    ],
    [
      '"that year" after "the year before" is still the year last named',
      [
        'Harrogate spent £298,000 on CCTV in 2017-18, 11% less than the year before.',
        '96 councils in England spent more than Harrogate that year.',
      ].join('\n\n'),
      [
        ['spend', 'Harrogate', 2017, 298000, null],
        ['councils_spending_more', 'Harrogate', 2017, 96, null],
      ],
    ],
    [
      'net and gross each belong to the figure they are said beside',
      'Hertsmere’s net CCTV spending was £40,000 in 2016-17; gross spending was £50,000 in 2017-18.',
      [
        ['spend', 'Hertsmere', 2016, 40000, 'net'],
        ['spend', 'Hertsmere', 2017, 50000, 'gross'],
      ],
    ],
    [
      'a basis word far after a figure is not that figure’s',
      'Hertsmere spent £40,000 on CCTV in 2016-17, the council said, and a net £50,000 in 2017-18.',
      [
        ['spend', 'Hertsmere', 2016, 40000, null],
        ['spend', 'Hertsmere', 2017, 50000, 'net'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  const refusals = (text: string) =>
    extractFacts(text, { published: '2018-06-01' }).warnings.map((w) => [w.code, w.rule, w.message]);

  it('refuses a figure after an unnamed council, or one outside England, as theirs', () => {
    expect(
      refusals('Another council spent £40,000 on CCTV in 2018-19.\n\n£45,000 was spent on its cameras in 2019-20.'),
    ).toEqual([
      ['unresolved_council', 'council.unnamed', '"Another council" is not named'],
      ['unresolved_council', 'council.unnamed', '"Another council" is not named'],
    ]);
    expect(refusals('Cardiff Council has 300 cameras.\n\nIn 2018-19 £45,000 was spent on its CCTV cameras.')).toEqual([
      ['not_england', 'council.elsewhere', '"Cardiff Council" is a council outside England'],
      ['not_england', 'council.elsewhere', '"Cardiff Council" is a council outside England'],
    ]);
  });

  it('names the calendar year it will not read as a financial one', () => {
    expect(refusals('Hertsmere spent £50,000 on CCTV in 2018.')).toEqual([
      ['unresolved_year', 'year.calendar', '"in 2018" is a calendar year, not a financial year'],
    ]);
  });

  it('refuses a list whose heading gives no financial year', () => {
    expect(refusals('Council CCTV spending in 2018:\n- Bolton: £90,000\n- Wigan: £85,000')).toEqual([
      ['unresolved_year', 'year.none', 'no financial year goes with this figure'],
      ['unresolved_year', 'year.none', 'no financial year goes with this figure'],
    ]);
  });
});
