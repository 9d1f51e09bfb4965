/**
 * Synthetic articles for the scale benchmark: our own template sentences, varied as in
 * tests/fixtures (money forms, year forms, bounds, abbreviations, traps), about real council
 * names so the parser must recognise them. Deterministic: the same inputs give the same texts.
 */
import { councils } from '../../lib/councils';
import { formatFinancialYear } from '../../lib/domain/financial-year';

export interface SyntheticArticle {
  text: string;
  publisher: string;
  /** Unique per article, so that every source page's slug is too. */
  title: string;
  published: string;
  /** How many facts the templates state, to check the parser found them. */
  expectedFacts: number;
}

const PUBLISHER = 'Synthetic Gazette';

// A small deterministic generator (mulberry32) so runs are comparable.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (n: number, pick: number) => {
  switch (pick % 5) {
    case 0:
      return `£${n.toLocaleString('en-GB')}`;
    case 1:
      return `£${(n / 1e6).toFixed(2).replace(/0$/, '')}m`;
    case 2:
      return `£${Math.round(n / 1000)}k`;
    case 3:
      return `£${(n / 1e6).toFixed(1)} million`;
    default:
      return `£ ${n.toLocaleString('en-GB')}`;
  }
};
const slash = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;

/**
 * The councils the benchmark adds to the seed's two: current councils first, then former ones
 * (England has about 320 principal councils today, so 350 needs some that existed in 2012-22).
 */
function benchCouncils(n: number) {
  const others = councils.filter((c) => c.name !== 'Welwyn Hatfield' && c.name !== 'Hertsmere');
  const pool = [...others.filter((c) => !c.endDate), ...others.filter((c) => c.endDate)];
  return pool.slice(0, Math.max(0, n - 2));
}

/**
 * For each council: one article per pair of years (spend in both, a budget for the next, and
 * traps), and one about its cameras. 350 councils x 10 years gives 350 x 6 = 2,100 articles.
 */
export function syntheticArticles(councilCount: number, firstYear = 2012, years = 10): SyntheticArticle[] {
  const random = rng(42);
  const out: SyntheticArticle[] = [];
  for (const c of benchCouncils(councilCount)) {
    const full = c.officialName;
    const base = 50_000 + Math.round(random() * 900) * 1000;
    for (let y = firstYear; y < firstYear + years; y += 2) {
      const a = base + Math.round(random() * 40) * 1000;
      const b = base + Math.round(random() * 40) * 1000;
      const budget = base + Math.round(random() * 40) * 1000;
      const pick = Math.floor(random() * 1000);
      const published = `${y + 2}-0${1 + (pick % 8)}-15`;
      const text = [
        `${full} spent ${money(a, pick)} on CCTV in ${formatFinancialYear(y)}, figures show.`,
        pick % 2
          ? `The council's CCTV expenditure totalled ${money(b, pick + 1)} in ${slash(y + 1)}.`
          : `In ${slash(y + 1)} the authority spent ${money(b, pick + 1)} on its cameras.`,
        `Its CCTV budget for ${formatFinancialYear(y + 2)} has been set at ${money(budget, pick + 2)}.`,
        `The council faces budget cuts of £${2 + (pick % 9)}m over the next three years.`,
        `A man aged ${20 + (pick % 40)} was caught on camera on ${1 + (pick % 27)} March ${y + 1}; call 01707 ${100000 + pick}.`,
      ].join('\n\n');
      out.push({
        text,
        publisher: PUBLISHER,
        title: `${c.name} CCTV spending ${formatFinancialYear(y)}`,
        published,
        expectedFacts: 3,
      });
    }
    const cams = 10 + Math.floor(random() * 400);
    out.push({
      publisher: PUBLISHER,
      title: `${c.name} CCTV cameras`,
      text:
        `${full} operates ${cams.toLocaleString('en-GB')} CCTV cameras across the borough.\n\n` +
        `It plans to install an extra ${5 + (cams % 20)} cameras next year.`,
      published: `${firstYear + years}-06-01`,
      expectedFacts: 1,
    });
  }
  return out;
}
