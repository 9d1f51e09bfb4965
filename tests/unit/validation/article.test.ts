import { describe, expect, it } from 'vitest';
import { articleMetaSchema } from '../../../lib/validation/article';

const PUBLISHER_MESSAGE = 'give the publisher, such as "Welwyn Hatfield Times"';

/** The parsed metadata, which must be accepted. */
function meta(input: Record<string, unknown>) {
  const r = articleMetaSchema.safeParse(input);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

/** The messages of metadata that must be refused, by field. */
function refusal(input: Record<string, unknown>) {
  const r = articleMetaSchema.safeParse(input);
  if (r.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return r.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('article metadata', () => {
  it('takes a publisher alone, the rest unknown', () => {
    expect(meta({ publisher: 'Welwyn Hatfield Times' })).toEqual({
      publisher: 'Welwyn Hatfield Times',
      title: null,
      url: null,
      published: null,
    });
  });

  it('takes every field, trimmed', () => {
    expect(
      meta({
        publisher: '  Welwyn Hatfield Times ',
        title: ' Council spending revealed ',
        url: ' https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078 ',
        published: ' 2019-05-02 ',
      }),
    ).toEqual({
      publisher: 'Welwyn Hatfield Times',
      title: 'Council spending revealed',
      url: 'https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078',
      published: '2019-05-02',
    });
  });

  describe('the publisher', () => {
    it.each([
      ['missing', {}],
      ['empty', { publisher: '' }],
      ['blank', { publisher: '   ' }],
      ['not text', { publisher: 5 }],
    ])('is required: refused when %s', (_, input) => {
      expect(refusal(input)).toEqual([['publisher', PUBLISHER_MESSAGE]]);
    });

    it('may be at most 200 characters, counted after trimming', () => {
      expect(meta({ publisher: ` ${'p'.repeat(200)} ` }).publisher).toHaveLength(200);
      expect(refusal({ publisher: 'p'.repeat(201) })).toEqual([
        ['publisher', 'the publisher may be at most 200 characters'],
      ]);
    });
  });

  describe('the optional fields', () => {
    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['null', null],
      ['absent', undefined],
    ])('are null when %s', (_, value) => {
      expect(meta({ publisher: 'P', title: value, url: value, published: value })).toEqual({
        publisher: 'P',
        title: null,
        url: null,
        published: null,
      });
    });

    it('limit the title to 300 characters', () => {
      expect(meta({ publisher: 'P', title: 't'.repeat(300) }).title).toHaveLength(300);
      expect(refusal({ publisher: 'P', title: 't'.repeat(301) })).toEqual([
        ['title', 'the title may be at most 300 characters'],
      ]);
    });
  });

  describe('the URL', () => {
    const URL_MESSAGE = 'the URL must be a web address starting http:// or https://';

    it.each([['http://example.org/a'], ['https://www.whtimes.co.uk/news/x'], ['https://example.org:8080/a?b=1#c']])(
      'takes the web address %s',
      (url) => {
        expect(meta({ publisher: 'P', url }).url).toBe(url);
      },
    );

    it.each([
      ['an FTP address', 'ftp://example.org/a'],
      ['a script', 'javascript:alert(1)'],
      ['a local host', 'http://localhost/a'],
      ['a host with no domain', 'http://example/a'],
      ['an IP address', 'http://127.0.0.1/a'],
      ['a file', 'file:///etc/passwd'],
      ['no address at all', 'www.example.org'],
    ])('refuses %s', (_, url) => {
      expect(refusal({ publisher: 'P', url })).toEqual([['url', URL_MESSAGE]]);
    });

    it('may be at most 2,000 characters', () => {
      const base = 'https://example.org/';
      expect(meta({ publisher: 'P', url: base + 'a'.repeat(2000 - base.length) }).url).toHaveLength(2000);
      expect(refusal({ publisher: 'P', url: base + 'a'.repeat(2001 - base.length) })).toEqual([
        ['url', 'the URL may be at most 2,000 characters'],
      ]);
    });
  });

  describe('the publication date', () => {
    it.each([['2019-05-02'], ['2020-02-29']])('takes the real date %s', (published) => {
      expect(meta({ publisher: 'P', published }).published).toBe(published);
    });

    it.each([['2019-02-30'], ['2019-02-29'], ['2019-13-01'], ['02/05/2019'], ['2019-5-2'], ['yesterday']])(
      'refuses %s',
      (published) => {
        expect(refusal({ publisher: 'P', published })).toEqual([
          ['published', 'must be a date written YYYY-MM-DD, such as 2019-05-02'],
        ]);
      },
    );
  });

  it('reports every bad field at once', () => {
    expect(refusal({ url: 'ftp://x.org', published: '2019-02-30' }).map(([field]) => field)).toEqual([
      'publisher',
      'url',
      'published',
    ]);
  });
});
