import { describe, expect, it } from 'vitest';
import { figureJson } from '../../../lib/api/serialize';
import { sourceArticleJson } from '../../../lib/api/source-json';
import type { Citation, Source, YearFigure } from '../../../lib/domain/figure';
import type { SourceArticle, SourceFact } from '../../../lib/queries/sources';

const citation: Citation = {
  slug: 'cctv-costs-rise-aaaa1111',
  publisher: 'Herts Advertiser',
  url: 'https://www.hertsad.co.uk/news/cctv-costs-rise-1',
  title: 'CCTV costs rise',
  publishedOn: '2019-05-02',
};
const bare: Citation = {
  slug: 'watford-observer-bbbb2222',
  publisher: 'Watford Observer',
  url: null,
  title: null,
  publishedOn: null,
};

const source = (factId: number, c: Citation, status: Source['status']): Source => ({
  factId,
  citation: c,
  status,
  quote: 'St Albans spent £45,000.',
  start: 16,
  end: 23,
});

describe('a figure in the API', () => {
  const figure: YearFigure = {
    year: 2018,
    value: 45000,
    bound: 'exact',
    source: source(7, citation, 'unchecked'),
    conflicts: [{ value: 99000, bound: 'exact', source: source(8, bare, 'corrected') }],
  };

  it('cites its article and gives its review status, where it once gave a file', () => {
    expect(figureJson(figure)).toEqual({
      financialYear: '2018-19',
      value: 45000,
      bound: 'exact',
      source: {
        article: 'cctv-costs-rise-aaaa1111',
        citation: {
          publisher: 'Herts Advertiser',
          title: 'CCTV costs rise',
          url: 'https://www.hertsad.co.uk/news/cctv-costs-rise-1',
          published: '2019-05-02',
        },
        status: 'unchecked',
        quote: 'St Albans spent £45,000.',
        start: 16,
        end: 23,
        url: '/sources/cctv-costs-rise-aaaa1111#fact-7',
      },
      conflicts: [
        {
          value: 99000,
          bound: 'exact',
          source: expect.objectContaining({
            citation: { publisher: 'Watford Observer', title: null, url: null, published: null },
            status: 'corrected',
            url: '/sources/watford-observer-bbbb2222#fact-8',
          }),
        },
      ],
    });
    expect(JSON.stringify(figureJson(figure))).not.toContain('"file"');
  });

  it('is null when there is no figure', () => {
    expect(figureJson(null)).toBeNull();
  });
});

describe('a source in the API', () => {
  const fact: SourceFact = {
    id: 7,
    metric: 'spend',
    basis: null,
    financialYear: 2018,
    value: 45000,
    bound: 'exact',
    threshold: null,
    status: 'corrected',
    citation,
    quote: 'St Albans spent £45,000.',
    start: 16,
    end: 23,
    scope: 'council',
    council: { slug: 'st-albans', name: 'St Albans' },
    origin: 'machine',
    machineReading: null,
    reason: 'Wrong council.',
  };
  const article: SourceArticle = {
    citation,
    addedOn: '2026-11-25',
    text: 'St Albans spent £45,000 on CCTV.',
    currentFinancialYear: 2018,
    warnings: [],
    facts: [fact],
    rejected: [{ ...fact, id: 8, status: 'rejected' }],
  };

  it('gives the article’s citation and each shown fact’s status, never a rejected reading', () => {
    const json = sourceArticleJson(article);
    expect(json.article).toEqual({
      slug: 'cctv-costs-rise-aaaa1111',
      publisher: 'Herts Advertiser',
      title: 'CCTV costs rise',
      url: 'https://www.hertsad.co.uk/news/cctv-costs-rise-1',
      published: '2019-05-02',
      added: '2026-11-25',
      currentFinancialYear: '2018-19',
      text: 'St Albans spent £45,000 on CCTV.',
    });
    expect(json.facts).toEqual([
      {
        metric: 'spend',
        scope: 'council',
        council: { slug: 'st-albans', name: 'St Albans' },
        financialYear: '2018-19',
        value: 45000,
        bound: 'exact',
        basis: null,
        threshold: null,
        quote: 'St Albans spent £45,000.',
        start: 16,
        end: 23,
        status: 'corrected',
      },
    ]);
  });
});
