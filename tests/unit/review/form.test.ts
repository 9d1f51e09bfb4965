import { DecisionError } from '../../../lib/review/decide';
import { describe, expect, it } from 'vitest';
import {
  formValues,
  MAX_ADDITIONS,
  readAdditions,
  readDecisions,
  toDecisions,
  type FactRef,
  type FormErrors,
  type FormValues,
  type RefDecision,
} from '../../../lib/review/form';

const stored: FactRef = { ref: '7', id: 7, version: 0, threshold: null };
const preview: FactRef = { ref: 'p30_spend_2019', id: null, version: 2, threshold: null };

const correction = (p: string, more: Record<string, string> = {}): FormValues => ({
  [`${p}.council`]: 'Dacorum',
  [`${p}.year`]: '2019',
  [`${p}.metric`]: 'spend',
  [`${p}.value`]: '£50,000',
  [`${p}.bound`]: 'exact',
  [`${p}.basis`]: '',
  ...more,
});

/** readDecisions with fresh errors, returning both. */
function decide(v: FormValues, facts: FactRef[] = [stored]) {
  const errors: FormErrors = {};
  return { decisions: readDecisions(v, facts, errors), errors };
}

describe('readDecisions', () => {
  it('skips a fact left unchecked, or with no decision at all', () => {
    expect(decide({ 'f.7.decision': 'leave', 'f.7.version': '0' })).toEqual({ decisions: [], errors: {} });
    expect(decide({})).toEqual({ decisions: [], errors: {} });
  });

  it('reads a confirmation with the version the page was drawn with, and an optional reason', () => {
    expect(decide({ 'f.7.decision': 'confirm', 'f.7.version': '3' })).toEqual({
      decisions: [{ ref: '7', kind: 'confirm', version: 3, reason: null }],
      errors: {},
    });
    expect(
      decide({ 'f.7.decision': 'confirm', 'f.7.version': '0', 'f.7.reason': '  checked the report  ' }).decisions,
    ).toEqual([{ ref: '7', kind: 'confirm', version: 0, reason: 'checked the report' }]);
  });

  it('needs a reason to reject', () => {
    for (const reason of [undefined, '', '   ']) {
      const v: FormValues = { 'f.7.decision': 'reject', 'f.7.version': '0' };
      if (reason !== undefined) v['f.7.reason'] = reason;
      expect(decide(v)).toEqual({ decisions: [], errors: { 'f.7.reason': 'Say why this figure is rejected.' } });
    }
    expect(
      decide({ 'f.7.decision': 'reject', 'f.7.version': '0', 'f.7.reason': 'a budget, not spend' }).decisions,
    ).toEqual([{ ref: '7', kind: 'reject', version: 0, reason: 'a budget, not spend' }]);
  });

  it('refuses a reason over 500 characters, keyed to its field', () => {
    const long = decide({ 'f.7.decision': 'confirm', 'f.7.version': '0', 'f.7.reason': 'x'.repeat(501) });
    expect(long.errors).toEqual({ 'f.7.reason': 'Keep the reason under 500 characters.' });
    expect(decide({ 'f.7.decision': 'confirm', 'f.7.version': '0', 'f.7.reason': 'x'.repeat(500) }).errors).toEqual({});
  });

  it('reads a correction into a checked reading', () => {
    const { decisions, errors } = decide({ 'f.7.decision': 'correct', 'f.7.version': '1', ...correction('f.7') });
    expect(errors).toEqual({});
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ ref: '7', kind: 'correct', version: 1, reason: null });
    expect(decisions[0]!.kind === 'correct' && decisions[0]!.reading).toMatchObject({
      scope: 'council',
      council: { gssCode: 'E07000096' },
      value: 50000,
      financialYear: 2019,
    });
  });

  it('keys a correction’s errors f.<ref>.<field>, and makes no decision of it', () => {
    const { decisions, errors } = decide({
      'f.7.decision': 'correct',
      'f.7.version': '0',
      ...correction('f.7', { 'f.7.value': '45.5', 'f.7.council': 'Narnia' }),
    });
    expect(decisions).toEqual([]);
    expect(Object.keys(errors).sort()).toEqual(['f.7.council', 'f.7.value']);
  });

  it('passes the fact’s threshold to the check of a correction', () => {
    const over = (threshold: number | null) =>
      decide(
        {
          'f.7.decision': 'correct',
          'f.7.version': '0',
          ...correction('f.7', { 'f.7.council': 'England', 'f.7.metric': 'councils_spending_over', 'f.7.value': '6' }),
        },
        [{ ...stored, threshold }],
      );
    expect(over(1_000_000).errors).toEqual({});
    expect(Object.keys(over(null).errors)).toEqual(['f.7.metric']);
  });

  it('refuses a decision that is not one of the four', () => {
    expect(decide({ 'f.7.decision': 'approve', 'f.7.version': '0' })).toEqual({
      decisions: [],
      errors: { 'f.7.decision': 'Choose confirm, correct, reject or leave unchecked.' },
    });
  });

  it('takes a stored fact’s version from the form, and refuses a decision without one', () => {
    expect(
      decide({ 'f.7.decision': 'confirm', 'f.7.version': '5' }, [{ ...stored, version: 2 }]).decisions[0]?.version,
    ).toBe(5);
    for (const version of [undefined, 'x', '1.5']) {
      const v: FormValues = { 'f.7.decision': 'confirm' };
      if (version !== undefined) v['f.7.version'] = version;
      expect(decide(v)).toEqual({
        decisions: [],
        errors: { 'f.7.decision': 'This form is out of date: reload the page.' },
      });
    }
  });

  // BUG (lib/review/form.ts, readDecisions): `Number('')` is 0, so an empty version field is read
  // as version 0 instead of being refused as missing; a fact still at version 0 is then decided
  // by a form that never said which version it showed. The review form always fills the field,
  // so this is reachable only by a hand-made request.
  it('refuses an empty version field as missing', () => {
    expect(decide({ 'f.7.decision': 'confirm', 'f.7.version': '' }).errors).toEqual({
      'f.7.decision': 'This form is out of date: reload the page.',
    });
  });

  it('uses a preview fact’s own version, whatever the form says', () => {
    expect(decide({ 'f.p30_spend_2019.decision': 'confirm' }, [preview]).decisions).toEqual([
      { ref: 'p30_spend_2019', kind: 'confirm', version: 2, reason: null },
    ]);
    expect(
      decide({ 'f.p30_spend_2019.decision': 'confirm', 'f.p30_spend_2019.version': '9' }, [preview]).decisions[0]
        ?.version,
    ).toBe(2);
  });

  it('reads each fact under its own ref', () => {
    const other: FactRef = { ref: '8', id: 8, version: 4, threshold: null };
    const { decisions, errors } = decide(
      {
        'f.7.decision': 'reject',
        'f.7.version': '0',
        'f.8.decision': 'confirm',
        'f.8.version': '4',
        'f.8.reason': 'why 8',
      },
      [stored, other],
    );
    expect(errors).toEqual({ 'f.7.reason': 'Say why this figure is rejected.' });
    expect(decisions).toEqual([{ ref: '8', kind: 'confirm', version: 4, reason: 'why 8' }]);
  });
});

const TEXT = 'Watford spent £5,000 on CCTV in 2019-20. It spent £5,000 again in 2020-21, on 12 cameras.';
const first = TEXT.indexOf('£5,000');
const second = TEXT.indexOf('£5,000', first + 1);

const slot = (n: number, more: Record<string, string> = {}): FormValues => ({
  [`add.${n}.span`]: '£5,000',
  [`add.${n}.council`]: 'Watford',
  [`add.${n}.year`]: '2020',
  [`add.${n}.metric`]: 'spend',
  [`add.${n}.value`]: '5000',
  [`add.${n}.bound`]: 'exact',
  [`add.${n}.basis`]: '',
  ...more,
});

function add(v: FormValues, text = TEXT) {
  const errors: FormErrors = {};
  return { additions: readAdditions(v, text, errors), errors };
}

describe('readAdditions', () => {
  it('finds the span’s first appearance, or the one its occurrence names', () => {
    expect(second).toBeGreaterThan(first);
    expect(add(slot(0)).additions.map((a) => [a.start, a.end])).toEqual([[first, first + 6]]);
    expect(add(slot(0, { 'add.0.occurrence': '2' })).additions.map((a) => [a.start, a.end])).toEqual([
      [second, second + 6],
    ]);
  });

  it('reads the reading and the reason of the slot', () => {
    const { additions, errors } = add(slot(0, { 'add.0.reason': ' missed ' }));
    expect(errors).toEqual({});
    expect(additions[0]).toMatchObject({
      reason: 'missed',
      reading: { value: 5000, financialYear: 2020, council: { gssCode: 'E07000103' } },
    });
  });

  it('honours offsets from a selection when the text there is the span', () => {
    expect(add(slot(0, { 'add.0.start': String(second) })).additions[0]?.start).toBe(second);
  });

  it('ignores offsets where the text is not the span, and falls back on the occurrence', () => {
    expect(add(slot(0, { 'add.0.start': String(second + 1) })).additions[0]?.start).toBe(first);
    expect(add(slot(0, { 'add.0.start': String(first + 1), 'add.0.occurrence': '2' })).additions[0]?.start).toBe(
      second,
    );
    expect(add(slot(0, { 'add.0.start': '' })).additions[0]?.start).toBe(first);
  });

  // BUG (lib/review/form.ts, readAdditions): when no `.start` field is sent at all, `Number('')`
  // gives offset 0, which is accepted whenever the span opens the article, so the occurrence asked
  // for is ignored. The review form always sends `.start` (empty without a selection), so only a
  // hand-made request reaches this.
  it('honours the occurrence when no offsets were sent and the span opens the article', () => {
    const text = '£5,000 was spent in 2019-20. Watford spent £5,000 in 2020-21.';
    const v = slot(0, { 'add.0.occurrence': '2' });
    expect(add(v, text).additions[0]?.start).toBe(text.indexOf('£5,000', 1));
  });

  it('refuses a span that is not in the text', () => {
    const { additions, errors } = add(slot(0, { 'add.0.span': '£6,000' }));
    expect(additions).toEqual([]);
    expect(errors).toEqual({ 'add.0.span': '“£6,000” is not in the article: copy the figure exactly as written.' });
  });

  it('says when the span is not in the text as many times as asked', () => {
    const { additions, errors } = add(slot(0, { 'add.0.occurrence': '3' }));
    expect(additions).toEqual([]);
    expect(errors['add.0.span']).toContain('is not in the article that many times');
  });

  it('refuses a span with no digit in it', () => {
    const { additions, errors } = add(slot(0, { 'add.0.span': 'Watford' }));
    expect(additions).toEqual([]);
    expect(errors).toEqual({ 'add.0.span': 'Choose the figure itself, such as “£45,000” or “120 cameras”.' });
  });

  it('refuses a span over 200 characters, even one in the text', () => {
    const text = `Spending: ${'£5,000 and '.repeat(19)}more.`;
    const long = text.slice(text.indexOf('£'), text.indexOf('£') + 201);
    expect(add(slot(0, { 'add.0.span': long }), text).errors).toEqual({
      'add.0.span': 'Choose the figure itself, such as “£45,000” or “120 cameras”.',
    });
    expect(add(slot(0, { 'add.0.span': long.slice(0, 200) }), text).errors).toEqual({});
  });

  it(`reads at most ${MAX_ADDITIONS} slots`, () => {
    const v = { ...slot(MAX_ADDITIONS - 1), ...slot(MAX_ADDITIONS, { [`add.${MAX_ADDITIONS}.occurrence`]: '2' }) };
    expect(add(v).additions.map((a) => a.start)).toEqual([first]);
  });

  it('skips empty slots and reads the filled ones', () => {
    const v = { ...slot(1), 'add.0.span': '', 'add.2.span': '   ', 'add.2.value': 'oops' };
    expect(add(v)).toMatchObject({ errors: {}, additions: [{ start: first }] });
  });

  it('keys a slot’s errors add.<n>.<field>', () => {
    const { additions, errors } = add({
      ...slot(0),
      ...slot(1, { 'add.1.value': 'lots', 'add.1.year': '1900', 'add.1.span': '12' }),
    });
    expect(additions.map((a) => a.start)).toEqual([first]);
    expect(Object.keys(errors).sort()).toEqual(['add.1.value', 'add.1.year']);
  });
});

describe('toDecisions', () => {
  const decisions: RefDecision[] = [
    { ref: '7', kind: 'confirm', version: 1, reason: null },
    { ref: 'p30_spend_2019', kind: 'reject', version: 0, reason: 'not spend' },
  ];
  const ids = new Map([
    ['7', 70],
    ['p30_spend_2019', 31],
  ]);

  it('binds each ref to its stored fact’s id', () => {
    expect(toDecisions(decisions, (ref) => ids.get(ref))).toEqual([
      { kind: 'confirm', factId: 70, version: 1, reason: null },
      { kind: 'reject', factId: 31, version: 0, reason: 'not spend' },
    ]);
  });

  it('refuses a ref with no stored fact with a message for the editor', () => {
    expect(() => toDecisions(decisions, (ref) => (ref === '7' ? 70 : undefined))).toThrow(DecisionError);
    expect(() => toDecisions(decisions, (ref) => (ref === '7' ? 70 : undefined))).toThrow(/review it from the queue/);
  });
});

describe('formValues', () => {
  it('keeps the text fields, without Next’s own ($-prefixed) fields or files', () => {
    const form = new FormData();
    form.append('f.7.decision', 'confirm');
    form.append('$ACTION_ID_abc', '');
    form.append('$ACTION_REF_1', 'x');
    form.append('upload', new File(['text'], 'a.txt'));
    form.append('add.0.span', '£5,000');
    expect(formValues(form)).toEqual({ 'f.7.decision': 'confirm', 'add.0.span': '£5,000' });
  });
});
