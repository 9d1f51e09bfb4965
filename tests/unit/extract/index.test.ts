import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';

describe('extractFacts', () => {
  it('warns, with the figure’s offsets, when no council goes with a figure', () => {
    const r = extractFacts('The council spent £50,000 on CCTV in 2019-20.');
    expect(r.facts).toEqual([]);
    expect(r.warnings).toMatchObject([{ code: 'unresolved_council', start: 18, end: 25 }]);
  });

  it('never reads a change as a level', () => {
    const r = extractFacts(
      'Hertsmere cut its CCTV spending by £75,000 in 2019-20, and spending was up 8% with 12 more cameras.',
    );
    expect(r.facts).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['change_not_level', 'change_not_level']);
  });
});

describe('the parser’s result', () => {
  it('carries years as numbers and councils by GSS code, for ingest to use as they are', () => {
    const r = extractFacts('Hertsmere council spent £117,000 on CCTV in 2017-18.', { file: 'x.txt' });
    expect(r.article).toMatchObject({ file: 'x.txt', currentFinancialYear: 2018 });
    expect(r.facts).toMatchObject([
      { metric: 'spend', council: { gssCode: 'E07000098', name: 'Hertsmere' }, financialYear: 2017, value: 117000 },
    ]);
  });

  it('takes the current year from the publication date when there is one', () => {
    const r = extractFacts('Hertsmere council spent £117,000 on CCTV last year.', { published: '2021-03-31' });
    expect(r.article.currentFinancialYear).toBe(2020);
    expect(r.facts[0]?.financialYear).toBe(2019);
  });
});

describe('councils that share a name', () => {
  const gss = (text: string, published: string) =>
    extractFacts(text, { published }).facts.map((f) => f.council?.gssCode);

  it('give each figure the council of its own year, not the article’s', () => {
    // Somerset County Council (E10000027) until 31 March 2023; the unitary Somerset Council (E06000066) after.
    const text = 'Somerset County Council spent £120,000 on CCTV in 2021-22.';
    expect(gss(text, '2024-06-01')).toEqual(['E10000027']);
    expect(gss('Somerset Council spent £90,000 on CCTV in 2023-24.', '2024-06-01')).toEqual(['E06000066']);
    expect(
      gss('North Yorkshire County Council spent £80,000 on CCTV in 2022-23 and £85,000 in 2023-24.', '2024-06-01'),
    ).toEqual(['E10000023', 'E06000065']);
  });
});

describe('years beyond the product’s', () => {
  it('start after 1900-01 and end after 2100-01', () => {
    const first = extractFacts('Hertsmere spent £1,000 on CCTV in 1900-01.');
    expect(first.facts.map((f) => f.financialYear)).toEqual([1900]);
    const last = extractFacts('Hertsmere has 87 CCTV cameras.', { published: '2101-03-31' });
    expect(last.facts.map((f) => f.financialYear)).toEqual([2100]);
  });

  it('are warnings, never an error', () => {
    const early = extractFacts(
      'Hertsmere spent £1,000 on CCTV in each of the previous two financial years before 1900-01.',
    );
    expect(early.facts).toEqual([]);
    expect(early.warnings.map((w) => [w.code, w.message])).toEqual([
      ['unresolved_year', '1898-99 is outside the years this product covers'],
      ['unresolved_year', '1899-00 is outside the years this product covers'],
    ]);
    const late = extractFacts('Hertsmere has 87 CCTV cameras.', { published: '2101-05-01' });
    expect(late.facts).toEqual([]);
    expect(late.warnings.map((w) => w.code)).toEqual(['unresolved_year']);
  });
});

describe('the article’s current year, without a publication date', () => {
  const current = (text: string) => extractFacts(text).article.currentFinancialYear;

  it('is the year after the latest one money was spent in, a span’s anchor included', () => {
    expect(current('Hertsmere spent £1,000 on CCTV in each of the previous two financial years before 2019-20.')).toBe(
      2020,
    );
    expect(current('Hertsmere spent £4,000 on CCTV in 2016-17. Its control room opened in 2019-20.')).toBe(2017);
  });

  it('is the latest year named when no sentence is about spending', () => {
    expect(current('Hertsmere’s control room opened in 2012-13 and was refitted in 2016-17.')).toBe(2016);
    expect(current('Hertsmere has 87 CCTV cameras.')).toBeNull();
  });
});

describe('the council a story is about', () => {
  // "The borough" in a headline, before any council is named, is the council named most often.
  const ownerOfHeadline = (body: string) =>
    extractFacts(`The borough spent £50,000 on CCTV in 2019-20\n\n${body}`).facts[0]?.council?.name;

  it('is the one named most often, wherever it is first named', () => {
    expect(
      ownerOfHeadline(
        'Dacorum was not asked. Hertsmere Borough Council runs 87 cameras. A Hertsmere spokesman said more would follow.',
      ),
    ).toBe('Hertsmere');
  });

  it('is the one named first when two are named as often', () => {
    expect(ownerOfHeadline('Dacorum was not asked. Hertsmere Borough Council runs 87 cameras.')).toBe('Dacorum');
    expect(ownerOfHeadline('Hertsmere Borough Council runs 87 cameras. Dacorum was not asked.')).toBe('Hertsmere');
  });
});

describe('a budget in an article about CCTV', () => {
  const budget = 'The authority’s budget for 2018/19 has been cut to £190,000.';
  const read = (text: string) => extractFacts(text).facts.map((f) => [f.metric, f.council?.name, f.value]);

  it('is the CCTV budget when the headline or the sentence before says CCTV', () => {
    expect(
      read(`Hertsmere CCTV cameras to stay on\n\nA row at the town hall.\n\nCouncillors met.\n\n${budget}`),
    ).toEqual([['budget', 'Hertsmere', 190000]]);
    expect(
      read(
        `Hertsmere budget row\n\nA row at the town hall.\n\nCouncillors met.\n\nThey then turned to CCTV.\n\n${budget}`,
      ),
    ).toEqual([['budget', 'Hertsmere', 190000]]);
  });

  it('is not a CCTV figure when CCTV comes up only later in the story', () => {
    const text = `Hertsmere budget row\n\nA row at the town hall.\n\nCouncillors met.\n\n${budget}\n\nThey also discussed CCTV.`;
    expect(read(text)).toEqual([]);
    expect(extractFacts(text).warnings.map((w) => w.code)).toEqual(['not_cctv']);
  });
});

describe('a figure’s basis', () => {
  it('is read for spending only: a budget has none', () => {
    const r = extractFacts('Hertsmere’s gross CCTV budget for 2018-19 is £50,000, and it spent a net £40,000.');
    expect(r.facts.map((f) => [f.metric, f.value, f.basis])).toEqual([
      ['budget', 50000, null],
      ['spend', 40000, 'net'],
    ]);
  });
});

describe('a council that is not named', () => {
  it('stops "it" from pointing back to the council named before it', () => {
    const r = extractFacts(
      'Hertsmere has 87 CCTV cameras.\n\nAnother council spent £40,000 on CCTV in 2018-19.\n\nIt spent £45,000 in 2019-20.',
    );
    expect(r.facts.map((f) => [f.metric, f.council?.name, f.value])).toEqual([['cameras', 'Hertsmere', 87]]);
  });
});

describe('a count told after a list of counts', () => {
  it('keeps the unit of the sentence before, not its money', () => {
    const r = extractFacts('Bolton runs 140 CCTV cameras and spent £5,000 on them in 2017-18. Wigan has 95.');
    expect(r.facts.map((f) => [f.metric, f.council?.name, f.value])).toContainEqual(['cameras', 'Wigan', 95]);
  });
});

describe('facts', () => {
  it('come in the order of the article, each figure’s years in order', () => {
    const r = extractFacts(
      'Hertsmere spent £2,000 on CCTV in each of the last two financial years before 2019-20, and Dacorum £3,000.',
    );
    expect(r.facts.map((f) => [f.council?.name, f.financialYear, f.value])).toEqual([
      ['Hertsmere', 2017, 2000],
      ['Hertsmere', 2018, 2000],
      ['Dacorum', 2017, 3000],
      ['Dacorum', 2018, 3000],
    ]);
  });
});

describe('a council abolished before the figure’s year', () => {
  it('is refused, not filed under a council that no longer existed', () => {
    const r = extractFacts('Cameras across the BCP area:\n- Poole: 47\n- Bournemouth: 112', {
      published: '2021-06-01',
    });
    expect(r.facts.map((f) => [f.council?.name, f.value])).toEqual([['Bournemouth, Christchurch and Poole', 112]]);
    expect(r.warnings.map((w) => [w.code, w.rule, w.message])).toEqual([
      ['unknown_council', 'council.not-in-that-year', 'Poole council did not exist in 2021-22'],
    ]);
  });
});
