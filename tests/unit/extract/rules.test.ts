import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';
import { CCTV_RULES, METRIC_RULES, REJECT_RULES } from '../../../lib/extract/rules';
import { WARNING_CODES, type WarningCode } from '../../../lib/extract/schema';

/**
 * One row (at least) per parser rule: an invented sentence in which that rule, and no earlier
 * one, decides. A refusal row names the warning code it must raise; a fact row, the metric it
 * must read. Deleting or breaking any rule fails its row; the guards below fail when a rule or
 * a warning code has no row.
 */
type Row =
  | { rule: string; text: string; published?: string; refuses: WarningCode }
  | { rule: string; text: string; published?: string; reads: string; is?: [string, number, number] };

const PUB = '2018-06-01';

const rows: Row[] = [
  // Classification: refusals (rules.ts REJECT_RULES)
  {
    rule: 'group.joint-figure',
    text: 'Bolton and Wigan spent £90,000 on CCTV in 2017-18 between them.',
    refuses: 'group_not_council',
  },
  {
    rule: 'group.joint-figure',
    text: 'Bolton and Wigan run a combined 240 cameras.',
    refuses: 'group_not_council',
  },
  {
    rule: 'owner.other-in-heading',
    text: 'St Albans City and District Council runs 40 CCTV cameras.\n\nWhat the town council is buying:\n- 8 cameras on four columns',
    refuses: 'other_owner',
  },
  {
    rule: 'change.word-before',
    text: 'Wigan Council increased its CCTV spending by £20,000 in 2017-18.',
    refuses: 'change_not_level',
  },
  {
    rule: 'change.word-after',
    text: 'Wigan Council spent £20,000 more than the year before on CCTV in 2017-18.',
    refuses: 'change_not_level',
  },
  {
    rule: 'change.cut-verb',
    text: 'Wigan Council slashed £90,000 from its CCTV spending in 2017-18.',
    refuses: 'change_not_level',
  },
  {
    rule: 'change.cut-verb',
    text: 'She backed the removal of 16 cameras from the Wigan Council network.',
    refuses: 'change_not_level',
  },
  {
    rule: 'change.more-or-fewer',
    text: 'Wigan Council now runs 12 more cameras than in 2015.',
    refuses: 'change_not_level',
  },
  {
    rule: 'addition.word-before',
    text: 'Wigan Council will spend an extra £20,000 on CCTV in 2018-19.',
    refuses: 'planned_addition',
  },
  {
    rule: 'addition.count-modifier',
    text: 'Wigan Council installed 12 new cameras last year.',
    refuses: 'planned_addition',
  },
  {
    rule: 'addition.installed-after',
    text: 'Wigan Council said 12 cameras were installed in the town last year.',
    refuses: 'planned_addition',
  },
  { rule: 'plan.before', text: 'Wigan Council would have 200 cameras under the proposal.', refuses: 'planned_level' },
  {
    rule: 'plan.before',
    text: 'Hart Council is drawing up plans for a network of 30 CCTV cameras.',
    refuses: 'planned_level',
  },
  {
    rule: 'plan.after',
    text: 'Wigan Council said 40 cameras will be switched off next year.',
    refuses: 'planned_level',
  },
  { rule: 'past.before', text: "Wigan Council's network has shrunk from 300 cameras to 250.", refuses: 'past_level' },
  { rule: 'past.clause', text: 'Wigan Council ran 120 cameras back in 2009.', refuses: 'past_level' },
  {
    rule: 'part.out-of',
    text: 'Wigan Council said 230 cameras out of a total of 300 cameras are in housing estates.',
    refuses: 'part_of_network',
  },
  {
    rule: 'rate.money',
    text: 'Wigan Council spent an average of £5,000 per camera in 2017-18.',
    refuses: 'rate_not_total',
  },
  { rule: 'rate.count', text: 'Wigan has one camera for every 900 residents.', refuses: 'rate_not_total' },
  { rule: 'owner.other', text: 'Greater Manchester Police runs 300 cameras in Wigan.', refuses: 'other_owner' },
  {
    rule: 'owner.other',
    text: "The shopping centre's owners say 64 cameras watch its car park.",
    refuses: 'other_owner',
  },
  { rule: 'part.place', text: 'Wigan Council runs 40 cameras in the town centre.', refuses: 'part_of_network' },
  { rule: 'grant.one-off', text: 'Wigan Council received a grant of £50,000 for CCTV in 2017-18.', refuses: 'one_off' },
  {
    rule: 'not-cctv.council-finances',
    text: 'Wigan Council faces a budget gap of £20m in 2019-20.',
    refuses: 'not_cctv',
  },
  {
    rule: 'not-cctv.wider-budget',
    text: "Wigan Council's overall budget of £200m for 2019-20 includes CCTV.",
    refuses: 'not_cctv',
  },
  { rule: 'metric.none', text: 'Wigan Council values its CCTV at £83,000 in 2017-18.', refuses: 'not_cctv' },
  // Classification: metrics (METRIC_RULES) and the CCTV checks after them (CCTV_RULES)
  {
    rule: 'metric.table-column',
    text: 'Council | 2017-18 spend | Cameras\nWigan | £120,000 | 40\nBolton | £90,000 | 30',
    reads: 'spend',
    is: ['Wigan', 2017, 120000],
  },
  {
    rule: 'metric.income-after',
    text: 'Wigan Council took £12,000 in income from CCTV in 2017-18.',
    reads: 'income',
    is: ['Wigan', 2017, 12000],
  },
  {
    rule: 'metric.budget-after',
    text: 'Wigan Council set a £99,000 CCTV budget for 2018-19.',
    reads: 'budget',
    is: ['Wigan', 2018, 99000],
  },
  {
    rule: 'metric.allocated-after',
    text: 'For 2018-19, £99,000 has been allocated to CCTV by Wigan Council.',
    reads: 'budget',
    is: ['Wigan', 2018, 99000],
  },
  {
    rule: 'metric.word-just-before',
    text: 'Wigan Council spent £83,000 on CCTV in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'metric.word-just-before',
    text: 'Wigan Council will invest £90,000 in CCTV in 2019-20.',
    reads: 'budget',
    is: ['Wigan', 2019, 90000],
  },
  {
    rule: 'metric.allocated-after',
    text: 'Figures show £150,000 has been earmarked by Wigan Council for CCTV in 2019-20.',
    reads: 'budget',
    is: ['Wigan', 2019, 150000],
  },
  {
    rule: 'metric.word-just-before',
    text: 'Wigan Council has earmarked £150,000 for CCTV in 2019-20.',
    reads: 'budget',
    is: ['Wigan', 2019, 150000],
  },
  {
    rule: 'metric.as-previous',
    text: 'Wigan Council spent £83,000 on CCTV in 2017-18 and £90,000 in 2016-17.',
    reads: 'spend',
    is: ['Wigan', 2016, 90000],
  },
  {
    rule: 'metric.word-before',
    text: 'Wigan Council spent on its 40 cameras a total of £83,000 in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'metric.word-after',
    text: '£83,000 was spent by Wigan Council on CCTV in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'metric.list-heading',
    text: 'Spending on CCTV in 2017-18:\n- Wigan: £83,000\n- Bolton: £90,000',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'metric.list-of-a-year',
    text: 'How the councils compare, 2017-18:\n- Wigan: 40 cameras, £83,000',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  { rule: 'not-cctv.spent-on-other', text: 'Wigan Council spent £83,000 on parks in 2017-18.', refuses: 'not_cctv' },
  { rule: 'not-cctv.no-topic', text: 'Wigan Council set its budget at £99,000 for 2018-19.', refuses: 'not_cctv' },
  {
    rule: 'metric.word-just-before',
    text: 'Wigan Council runs 40 CCTV cameras.\nThe authority’s budget for 2018/19 has been cut to £190,000.',
    reads: 'budget',
    is: ['Wigan', 2018, 190000],
  },
  // Attribution: whose figure (attribute.ts ownerOf, comparedCouncil)
  {
    rule: 'council.named-before',
    text: 'Wigan Council spent £83,000 on CCTV in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'council.list',
    text: 'Bolton runs 140 cameras, Wigan 95 and Bury 60.',
    reads: 'cameras',
    is: ['Wigan', 2018, 95],
  },
  {
    rule: 'council.named-after',
    text: '£83,000 was spent by Wigan Council on CCTV in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'council.earlier-in-sentence',
    text: 'Wigan Council runs 40 cameras; last year £83,000 was spent on them.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'council.story-so-far',
    text: 'Wigan Council runs CCTV.\nLast year £83,000 was spent on the cameras.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'council.reference-to-last-named',
    text: 'Wigan Council runs CCTV. The council spent £83,000 on it in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'council.reference-to-story',
    text: 'The council spent £83,000 on CCTV in 2017-18.\nWigan Council confirmed the figure.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'council.reference-unresolved',
    text: 'The council spent £83,000 on CCTV in 2017-18.',
    refuses: 'unresolved_council',
  },
  { rule: 'council.none', text: '£83,000 was spent on CCTV in 2017-18.', refuses: 'unresolved_council' },
  {
    rule: 'council.unknown',
    text: 'Hatfield Town Council spent £8,000 on CCTV in 2017-18.',
    refuses: 'unknown_council',
  },
  { rule: 'council.elsewhere', text: 'Fife Council spent £300,000 on CCTV in 2017-18.', refuses: 'not_england' },
  { rule: 'council.ambiguous', text: 'Newcastle spent £500,000 on CCTV in 2017-18.', refuses: 'ambiguous_council' },
  {
    rule: 'council.unnamed',
    text: 'One council in the region spent £500,000 on CCTV in 2017-18.',
    refuses: 'unresolved_council',
  },
  {
    rule: 'council.compared-with',
    text: 'Wigan spent £83,000 on CCTV in 2017-18, and 150 councils spent more than Wigan that year.',
    reads: 'councils_spending_more',
    is: ['Wigan', 2017, 150],
  },
  {
    rule: 'council.compared-with-story',
    text: 'Wigan Council runs CCTV.\nIn 2017-18, 150 councils spent more.',
    reads: 'councils_spending_more',
    is: ['Wigan', 2017, 150],
  },
  { rule: 'council.compared-none', text: 'In 2017-18, 150 councils spent more.', refuses: 'unresolved_council' },
  {
    rule: 'scope.england',
    text: 'Councils in England spent £78m on CCTV in 2017-18.',
    reads: 'spend',
    is: ['England', 2017, 78000000],
  },
  {
    rule: 'scope.england-count',
    text: 'In 2017-18 six councils spent more than £1 million on CCTV.',
    reads: 'councils_spending_over',
    is: ['England', 2017, 6],
  },
  { rule: 'scope.councils-in-general', text: 'Councils spent £64m on CCTV in 2016-17.', refuses: 'group_not_council' },
  { rule: 'scope.outside-england', text: 'Councils in the UK spent £515m on CCTV in 2011-12.', refuses: 'not_england' },
  {
    rule: 'scope.outside-england',
    text: 'Britain now has some 95,000 public cameras, Wigan Council said.',
    refuses: 'not_england',
  },
  // Attribution: which year (attribute.ts yearsOf, yearsFromHeading)
  {
    rule: 'year.after-in-clause',
    text: 'Wigan Council spent £83,000 on CCTV in 2017-18.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'year.before-in-clause',
    text: 'In 2017-18 Wigan Council spent £83,000 on CCTV.',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  {
    rule: 'year.elsewhere-in-sentence',
    text: 'In 2019-20 Corby spent £243,000 on CCTV and Kettering £198,500.',
    reads: 'spend',
    is: ['Kettering', 2019, 198500],
  },
  {
    rule: 'year.count-in-clause',
    text: 'Hertsmere spent £90,000 on its 25 cameras in 2016-17.',
    reads: 'cameras',
    is: ['Hertsmere', 2016, 25],
  },
  { rule: 'year.count-is-current', text: 'Wigan Council runs 40 cameras.', reads: 'cameras', is: ['Wigan', 2018, 40] },
  { rule: 'year.count-undated', text: 'Wigan Council runs 40 cameras.', published: '', refuses: 'unresolved_year' },
  {
    rule: 'year.from-heading',
    text: 'Spending on CCTV in 2017-18:\n- Wigan: £83,000',
    reads: 'spend',
    is: ['Wigan', 2017, 83000],
  },
  { rule: 'year.none', text: 'Wigan Council spent £83,000 on CCTV.', refuses: 'unresolved_year' },
  {
    rule: 'year.past-level',
    text: "Wigan Council's CCTV budget is £90,000, down from £107,000.",
    refuses: 'past_level',
  },
  { rule: 'year.calendar', text: 'Wigan Council spent £83,000 on CCTV in 2017.', refuses: 'unresolved_year' },
  {
    rule: 'year.span',
    text: 'Wigan Council spent £300,000 on CCTV between April 2008 and March 2012.',
    refuses: 'multi_year_total',
  },
  {
    rule: 'year.span',
    text: 'Wigan Council has spent £1.2m on CCTV over the past five years.',
    refuses: 'multi_year_total',
  },
  { rule: 'year.unresolved', text: 'That year Wigan Council spent £83,000 on CCTV.', refuses: 'unresolved_year' },
  {
    rule: 'year.out-of-range',
    text: 'Wigan Council will spend £90,000 on CCTV next year.',
    published: '2100-06-01',
    refuses: 'unresolved_year',
  },
  {
    rule: 'value.too-large',
    text: 'Councils in England spent £2.2bn on CCTV in 2019-20, and Kent spent £2,147,483,647.',
    refuses: 'too_large',
  },
  // Later rows: forms met on real articles after the tables were first written
  {
    rule: 'change.cut-verb',
    text: 'Coventry City Council said it had switched off 12 cameras in the past year.',
    refuses: 'change_not_level',
  },
  {
    rule: 'plan.after',
    text: 'Thirty CCTV cameras across Cannock, Rugeley and Hednesford are to be switched off by Cannock Chase Council.',
    refuses: 'planned_level',
  },
  {
    rule: 'owner.other',
    text: 'Under a service agreement Wigan Council also watches 40 cameras owned by a local housing association.',
    refuses: 'other_owner',
  },
  {
    rule: 'metric.list-heading',
    text: 'Epping Forest District Council replied to the request.\nWhat was the CCTV budget for 2023/24?\n£220,000.',
    reads: 'budget',
    is: ['Epping Forest', 2023, 220000],
  },
  {
    rule: 'year.from-heading',
    text: 'Wigan Council replied.\nWhat was the total expenditure on CCTV in 2022/23?\n£212,430.67. This includes staffing.',
    reads: 'spend',
    is: ['Wigan', 2022, 212430],
  },
  {
    rule: 'scope.england-count',
    text: 'Some 61 councils in England spent more than Bury in 2017-18, while nine spent more than £1.5 million each.',
    reads: 'councils_spending_over',
    is: ['England', 2017, 9],
  },
];

function run(row: Row) {
  const published = row.published === undefined ? PUB : row.published;
  return extractFacts(row.text, published ? { published } : {});
}

describe('every parser rule, on a sentence where it decides', () => {
  it.each(rows.map((r) => [r.rule, r.text, r] as const))('%s: %s', (_, __, row) => {
    const result = run(row);
    if ('refuses' in row) {
      expect(result.warnings.map((w) => [w.rule, w.code])).toContainEqual([row.rule, row.refuses]);
      // Each warning says why in words, and points at a figure inside the sentence it quotes.
      for (const w of result.warnings) {
        expect(w.message).toMatch(/\w+ \w+/);
        expect(w.end).toBeGreaterThan(w.start);
        expect(w.quote).toContain(row.text.slice(w.start, w.end));
      }
    } else {
      const fact = result.facts.find((f) =>
        f.evidence.rules.some((r) => r === row.rule || r.startsWith(`${row.rule}.`)),
      );
      expect(fact?.metric, JSON.stringify(result.facts.map((f) => f.evidence.rules))).toBe(row.reads);
      if (row.is) expect([fact?.council?.name ?? 'England', fact?.financialYear, fact?.value]).toEqual(row.is);
      // The evidence points at the text it names.
      for (const f of result.facts) {
        for (const span of [f.evidence.council, f.evidence.year]) {
          if (span) expect(row.text.slice(span.start, span.end)).toBe(span.text);
        }
        expect(row.text.slice(f.start, f.end)).toMatch(/\d|[a-z]/i);
      }
    }
  });
});

describe('guards', () => {
  const tested = new Set(rows.map((r) => r.rule));

  it('every classification rule in the tables has a row here', () => {
    const names = [...REJECT_RULES, ...METRIC_RULES, ...CCTV_RULES].map((r) => r.name);
    expect(names.filter((n) => !tested.has(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('every warning code has a row that raises it', () => {
    const raised = new Set(rows.flatMap((r) => ('refuses' in r ? [r.refuses] : [])));
    expect(WARNING_CODES.filter((c) => !raised.has(c))).toEqual([]);
  });

  it('every rule name the parser reported on the rows is one of the rows', () => {
    const reported = rows.flatMap((r) => {
      const result = run(r);
      return [...result.warnings.map((w) => w.rule), ...result.facts.flatMap((f) => f.evidence.rules)];
    });
    const base = (n: string) => n.replace(/\.(explicit|current|range|that|before_last_named)$/, '');
    const untested = [...new Set(reported.map(base))].filter((n) => !n.startsWith('figure.') && !tested.has(n));
    expect(untested).toEqual([]);
  });
});

/**
 * Edges of the rules above: sentences where a rule must stop short (a keyword too far away, a
 * partner rather than an owner, a total rather than a plan), or where the nearer of two words
 * decides. Each names the fact the parser must read, or the refusal it must raise.
 */
type Fact = [metric: string, council: string, year: number, value: number, bound?: string];
type Edge =
  | { about: string; text: string; published?: string; reads: Fact }
  | { about: string; text: string; published?: string; refuses: [rule: string, code: WarningCode] };

/** An article that comes to CCTV late, and whose last sentence does not name it again. */
const LATE_CCTV = [
  'Wigan Council has published its spending plans.',
  'Council tax will rise by 3%.',
  'Libraries will stay open.',
  'The council also runs 40 CCTV cameras.',
  'They were upgraded in 2016.',
  'It spent £83,000 on them in 2017-18, against a budget of £90,000.',
].join('\n');

const edges: Edge[] = [
  {
    about: 'the largest figure the store keeps is read',
    text: 'Kent County Council spent £2,147,483,647 on CCTV in 2019-20.',
    reads: ['spend', 'Kent', 2019, 2147483647],
  },
  {
    about: 'one pound more is refused as too large',
    text: 'Kent County Council spent £2,147,483,648 on CCTV in 2019-20.',
    refuses: ['value.too-large', 'too_large'],
  },
  {
    about: 'a threshold too large is refused too',
    text: 'In 2019-20, 12 councils spent more than £3bn on CCTV.',
    refuses: ['value.too-large', 'too_large'],
  },
  {
    about: 'a net revenue budget "for the CCTV service" is the CCTV budget, not the council’s whole budget',
    text: 'Wigan Council’s net revenue budget for the CCTV service in 2018/19 is £598,400.',
    reads: ['budget', 'Wigan', 2018, 598400],
  },
  {
    about: 'a committee report’s "outturn" is what was spent',
    text: 'Wigan Council’s CCTV outturn for 2017/18 was £585,730.',
    reads: ['spend', 'Wigan', 2017, 585730],
  },
  {
    about: 'cameras monitored "on behalf of" a named shopping centre are the centre’s',
    text: 'Wigan Council’s control room also monitors 45 cameras on behalf of the Grand Arcade shopping centre.',
    refuses: ['owner.other', 'other_owner'],
  },
  {
    about: '"intends to have all 24 cameras working" is a plan, though "all" usually means the network in place',
    text: 'Wigan Council intends to have all 24 cameras working by March 2019.',
    refuses: ['plan.before', 'planned_level'],
  },
  {
    about: 'cameras that "belong to" another body are someone else’s',
    text: 'Wigan Council also monitors around 90 cameras at the bus station, which belong to Transport for Greater Manchester.',
    refuses: ['owner.other', 'other_owner'],
  },
  {
    about: 'a combined total after a list leaves each council’s own figure alone',
    text: 'Bolton spent £90,000 and Wigan £80,000 on CCTV in 2017-18, a combined £170,000.',
    reads: ['spend', 'Wigan', 2017, 80000],
  },
  // A total kept, and spending in a story that is not about CCTV
  {
    about: '"will keep its 300 cameras" is the network in place, not cameras being added',
    text: 'Wigan Council will keep its 300 cameras running.',
    reads: ['cameras', 'Wigan', 2018, 300],
  },
  {
    about: 'spending in a story that never mentions CCTV is not CCTV spending',
    text: [
      'Wigan Council has published its spending plans.',
      'Council tax will rise by 3%.',
      'Libraries will stay open.',
      'The council spent £4m in 2017-18.',
    ].join('\n'),
    refuses: ['not-cctv.no-topic', 'not_cctv'],
  },
  // Which metric word goes with the figure
  {
    about: '"will spend" is a budget, though "spend" alone is spending',
    text: 'Wigan Council will spend £90,000 on CCTV in 2019-20.',
    reads: ['budget', 'Wigan', 2019, 90000],
  },
  {
    about: 'a capitalised metric word in a headline after the figure',
    text: 'Wigan Council: £83,000 CCTV Spending in 2017-18',
    reads: ['spend', 'Wigan', 2017, 83000],
  },
  {
    about: 'after the figure, the first metric word decides (budget, then spent)',
    text: 'Wigan Council said £90,000 is its CCTV budget for 2018-19, less than it spent the year before.',
    reads: ['budget', 'Wigan', 2018, 90000],
  },
  {
    about: 'after the figure, the first metric word decides (spent, then budget)',
    text: '£83,000 was spent by Wigan Council on CCTV in 2017-18, over its budget.',
    reads: ['spend', 'Wigan', 2017, 83000],
  },
  {
    about: '"income" later in the sentence does not make spending income',
    text: 'Wigan Council spent £83,000 on CCTV in 2017-18, a sum it says is covered by a rise in income from car park fines.',
    reads: ['spend', 'Wigan', 2017, 83000],
  },
  {
    about: '"in CCTV income" just after the figure is income, though the sentence began with a cost',
    text: 'Running the cameras cost Wigan Council £90,000 in 2017-18, but it made back £12,000 in CCTV income.',
    reads: ['income', 'Wigan', 2017, 12000],
  },
  {
    about: '"budget" at the end of the sentence does not make spending a budget',
    text: 'Wigan Council spent £83,000 on CCTV in 2017-18, within its budget.',
    reads: ['spend', 'Wigan', 2017, 83000],
  },
  {
    about: '"a £99,000 budget" after a spending figure is a budget',
    text: 'Wigan Council, which spent £90,000 on CCTV in 2017-18, set a £99,000 budget for 2018-19.',
    reads: ['budget', 'Wigan', 2018, 99000],
  },
  {
    about: 'a second amount with no word of its own continues a ring-fenced budget',
    text: 'Wigan Council said £90,000 has been ring-fenced for CCTV in 2018-19 and £95,000 in 2019-20.',
    reads: ['budget', 'Wigan', 2019, 95000],
  },
  {
    about: 'a second amount continues income, past a cost of the businesses in between',
    text:
      'Wigan Council earned £12,000 in 2017-18 from businesses that pay to link their 40 cameras to its control room, ' +
      'and £15,000 in 2018-19.',
    reads: ['income', 'Wigan', 2018, 15000],
  },
  {
    about: 'a later "for 24 hours" is not what the money was spent on',
    text: 'Wigan Council spent £83,000 in 2017-18 keeping its cameras running for 24 hours a day.',
    reads: ['spend', 'Wigan', 2017, 83000],
  },
  {
    about: 'a sentence naming CCTV late in an article on other things is still about CCTV',
    text: [
      'Wigan Council has set its budget for the year ahead.',
      'Council tax will rise by 3%.',
      'Libraries will stay open.',
      'The council set a CCTV budget of £99,000 for 2018-19.',
    ].join('\n'),
    reads: ['budget', 'Wigan', 2018, 99000],
  },
  {
    about: 'spending "on them" continues a story about cameras two sentences back',
    text: LATE_CCTV,
    reads: ['spend', 'Wigan', 2017, 83000],
  },
  {
    about: 'a budget beside that spending continues it too',
    text: LATE_CCTV,
    reads: ['budget', 'Wigan', 2017, 90000],
  },
  {
    about: 'an FOI answer whose question names a year but no spending word: a value, not spending',
    text: 'Wigan Council replied to our request.\nWhat was the insurance value of the CCTV equipment in 2022/23?\n£45,000.',
    refuses: ['metric.none', 'not_cctv'],
  },
  // Bounds
  {
    about: '"went up to" is the level reached, not a ceiling',
    text: "Wigan Council's CCTV spending went up to £90,000 in 2017-18.",
    reads: ['spend', 'Wigan', 2017, 90000, 'exact'],
  },
  {
    about: '"more than" after "network of" is still the whole network',
    text: 'Wigan Council says its network of more than 300 cameras could be switched off.',
    reads: ['cameras', 'Wigan', 2018, 300, 'more_than'],
  },
  // Counts: additions, owners, parts, rates and earlier levels
  {
    about: 'cameras "already installed" are the ones in place',
    text: 'Wigan Council runs 300 CCTV cameras already installed across the borough.',
    reads: ['cameras', 'Wigan', 2018, 300],
  },
  {
    about: '"already" far after the figure does not undo "were installed"',
    text: 'Wigan Council said 12 cameras were installed in the town last year on top of those it already runs.',
    refuses: ['addition.installed-after', 'planned_addition'],
  },
  {
    about: 'police named as a partner, not as the owner',
    text: 'Wigan Council, working with police, runs 300 cameras.',
    reads: ['cameras', 'Wigan', 2018, 300],
  },
  {
    about: 'businesses paying for cameras own them',
    text: 'Businesses in Wigan pay for 30 cameras that watch the high street.',
    refuses: ['owner.other', 'other_owner'],
  },
  {
    about: '"owned by" a housing association far into a long sentence',
    text: 'Under a service agreement signed last year, Wigan Council now also watches 40 cameras owned by a local housing association.',
    refuses: ['owner.other', 'other_owner'],
  },
  {
    about: 'a year at the start of the clause dates the count',
    text: 'In 2005 Wigan Council ran 120 cameras.',
    refuses: ['past.clause', 'past_level'],
  },
  {
    about: '"the whole of the borough" is not "out of" a total',
    text: 'Wigan Council operates 300 cameras across the whole of the borough.',
    reads: ['cameras', 'Wigan', 2018, 300],
  },
  {
    about: '"CCTV cameras out of 300"',
    text: 'Wigan Council said 230 CCTV cameras out of 300 are in housing estates.',
    refuses: ['part.out-of', 'part_of_network'],
  },
  {
    about: '"40 cameras of the 300"',
    text: 'Only 40 cameras of the 300 run by Wigan Council are working.',
    refuses: ['part.out-of', 'part_of_network'],
  },
  {
    about: 'a rate after a long subject',
    text: "Wigan Council's network in the town has one camera for every 900 residents.",
    refuses: ['rate.count', 'rate_not_total'],
  },
  // Money: one-off sums
  {
    about: 'a grant paid every year is not a one-off',
    text: 'In 2018-19 Wigan Council spent £50,000 a year on CCTV, funded by a Home Office grant.',
    reads: ['spend', 'Wigan', 2018, 50000],
  },
  // Text pasted from PDF and FOI replies often has doubled spaces: the rules read them as one
  {
    about: 'doubled spaces: "300  CCTV cameras  already installed"',
    text: 'Wigan Council runs 300  CCTV cameras  already installed across the borough.',
    reads: ['cameras', 'Wigan', 2018, 300],
  },
  {
    about: 'doubled spaces: "40  cameras  of  the 300"',
    text: 'Only 40  cameras  of  the 300 run by Wigan Council are working.',
    refuses: ['part.out-of', 'part_of_network'],
  },
  {
    about: 'doubled spaces: "out  of"',
    text: 'Wigan Council said 230 cameras out  of 300 are in housing estates.',
    refuses: ['part.out-of', 'part_of_network'],
  },
  {
    about: 'doubled spaces: "£12,000  in CCTV income"',
    text: 'Running the cameras cost Wigan Council £90,000 in 2017-18, but it made back £12,000  in CCTV income.',
    reads: ['income', 'Wigan', 2017, 12000],
  },
  {
    about: 'doubled spaces: "in  CCTV income"',
    text: 'Running the cameras cost Wigan Council £90,000 in 2017-18, but it made back £12,000 in  CCTV income.',
    reads: ['income', 'Wigan', 2017, 12000],
  },
  {
    about: 'doubled spaces: "CCTV  income"',
    text: 'Running the cameras cost Wigan Council £90,000 in 2017-18, but it made back £12,000 in CCTV  income.',
    reads: ['income', 'Wigan', 2017, 12000],
  },
  {
    about: 'doubled spaces: "£99,000  budget"',
    text: 'Wigan Council, which spent £90,000 on CCTV in 2017-18, set a £99,000  budget for 2018-19.',
    reads: ['budget', 'Wigan', 2018, 99000],
  },
  {
    about: 'doubled spaces: "CCTV  budget"',
    text: 'Wigan Council, which spent £90,000 on CCTV in 2017-18, set a £99,000 CCTV  budget for 2018-19.',
    reads: ['budget', 'Wigan', 2018, 99000],
  },
  {
    about: 'doubled spaces: "£83,000  on parks"',
    text: 'Wigan Council spent £83,000  on parks in 2017-18.',
    refuses: ['not-cctv.spent-on-other', 'not_cctv'],
  },
  {
    about: 'doubled spaces: "a  year"',
    text: 'In 2018-19 Wigan Council spent £50,000 a  year on CCTV, funded by a Home Office grant.',
    reads: ['spend', 'Wigan', 2018, 50000],
  },
];

describe('edges of the rules', () => {
  it.each(edges.map((e) => [e.about, e] as const))('%s', (_, edge) => {
    const result = extractFacts(edge.text, { published: edge.published ?? PUB });
    if ('refuses' in edge) {
      expect(result.warnings.map((w) => [w.rule, w.code])).toContainEqual(edge.refuses);
    } else {
      const [metric, council, year, value, bound] = edge.reads;
      expect(result.facts.map((f) => [f.metric, f.council?.name, f.financialYear, f.value])).toContainEqual([
        metric,
        council,
        year,
        value,
      ]);
      if (bound) expect(result.facts.find((f) => f.value === value)?.bound).toBe(bound);
    }
  });

  it('names the kind of figure first in the evidence', () => {
    const rules = (text: string) => extractFacts(text, { published: PUB }).facts.map((f) => f.evidence.rules[0]);
    expect(rules('Wigan Council runs 40 cameras.')).toEqual(['figure.cameras']);
    expect(rules('Wigan spent £83,000 on CCTV in 2017-18, and 150 councils spent more than Wigan that year.')).toEqual([
      'figure.money',
      'figure.councils_spending_more',
    ]);
  });
});
