import { record } from '../audit';
import { formatFinancialYear } from '../domain/financial-year';
import { splitSentences } from '../extract/sentences';
import { councilIds, type Tx } from '../ingest';
import { DecisionError, StaleDecisionError } from './errors';
import type { Reading } from './reading-input';

export { DecisionError, StaleDecisionError };

/**
 * Editors' decisions on an article's facts, written inside the caller's transaction with one audit
 * entry each. Every decision names the version of the fact the editor saw: if anyone decided it
 * since, the whole save is refused (StaleDecisionError) and nothing is written.
 */
export type Decision =
  | { kind: 'confirm'; factId: number; version: number; reason: string | null }
  | { kind: 'correct'; factId: number; version: number; reading: Reading; reason: string | null }
  | { kind: 'reject'; factId: number; version: number; reason: string };

/** A figure the parser missed, from a span of the article's text the editor chose. */
export interface Addition {
  start: number;
  end: number;
  reading: Reading;
  reason: string | null;
}

/** What a save touched, for refreshing the pages that show it. */
export interface Touched {
  councilIds: Set<number>;
}

const readingSummary = (f: {
  metric: string;
  scope: string;
  councilId: number | null;
  financialYear: number;
  value: number;
  bound: string;
  basis: string | null;
}) => ({
  metric: f.metric,
  scope: f.scope,
  councilId: f.councilId,
  financialYear: formatFinancialYear(f.financialYear),
  value: f.value,
  bound: f.bound,
  basis: f.basis,
});

async function readingData(tx: Tx, r: Reading) {
  const ids = r.council ? await councilIds(tx, [r.council.gssCode]) : new Map<string, number>();
  return {
    metric: r.metric,
    scope: r.scope,
    councilId: r.council ? (ids.get(r.council.gssCode) ?? null) : null,
    financialYear: r.financialYear,
    value: r.value,
    bound: r.bound,
    basis: r.basis,
  };
}

const ACTION = { confirm: 'fact.confirmed', correct: 'fact.corrected', reject: 'fact.rejected' } as const;
const STATUS = { confirm: 'confirmed', correct: 'corrected', reject: 'rejected' } as const;

export async function applyDecisions(
  tx: Tx,
  actor: string,
  articleId: number,
  decisions: Decision[],
  additions: Addition[] = [],
): Promise<Touched> {
  const touched: Touched = { councilIds: new Set() };
  const now = new Date();
  for (const d of decisions) {
    const fact = await tx.fact.findUnique({ where: { id: d.factId } });
    if (!fact || fact.articleId !== articleId)
      throw new DecisionError(`There is no figure ${d.factId} in this article.`);
    const reading = d.kind === 'correct' ? await readingData(tx, d.reading) : null;
    if (reading) {
      const clash = await tx.fact.findFirst({
        where: {
          articleId,
          start: fact.start,
          metric: reading.metric,
          financialYear: reading.financialYear,
          NOT: { id: fact.id },
        },
        select: { id: true },
      });
      if (clash) {
        throw new DecisionError(
          'Another figure on the same words already has that measure and year: correct or reject that one instead.',
        );
      }
    }
    const data = {
      ...(reading ?? {}),
      status: STATUS[d.kind],
      reason: d.reason,
      decidedBy: actor,
      decidedAt: now,
      version: { increment: 1 },
    };
    // The version in the WHERE clause makes the check and the write one step.
    const { count } = await tx.fact.updateMany({ where: { id: fact.id, version: d.version }, data });
    if (count !== 1) throw new StaleDecisionError(fact.id, fact.decidedBy, fact.decidedAt);
    if (fact.councilId !== null) touched.councilIds.add(fact.councilId);
    if (reading?.councilId != null) touched.councilIds.add(reading.councilId);
    await record(tx, {
      actor,
      action: ACTION[d.kind],
      articleId,
      factId: fact.id,
      detail: {
        before: { status: fact.status, ...readingSummary(fact) },
        after: { status: STATUS[d.kind], ...readingSummary(reading ?? fact) },
        reason: d.reason,
      },
    });
  }

  if (additions.length) {
    const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
    const sentences = splitSentences(article.text);
    for (const a of additions) {
      const span = article.text.slice(a.start, a.end);
      // An empty or reversed span slices to "", which has no digit.
      if (a.start < 0 || a.end > article.text.length || !/\d/.test(span)) {
        throw new DecisionError('The text chosen for a new figure is not a figure in this article.');
      }
      const quote = sentences.find((s) => s.start <= a.start && a.end <= s.end)?.text ?? span;
      const data = await readingData(tx, a.reading);
      const clash = await tx.fact.findFirst({
        where: { articleId, start: a.start, metric: data.metric, financialYear: data.financialYear },
        select: { id: true },
      });
      if (clash) throw new DecisionError(`“${span}” already has a figure for that measure and year.`);
      const fact = await tx.fact.create({
        data: {
          articleId,
          ...data,
          threshold: null,
          quote,
          start: a.start,
          end: a.end,
          origin: 'editor',
          status: 'confirmed',
          reason: a.reason,
          decidedBy: actor,
          decidedAt: now,
        },
        select: { id: true },
      });
      if (data.councilId !== null) touched.councilIds.add(data.councilId);
      await record(tx, {
        actor,
        action: 'fact.added',
        articleId,
        factId: fact.id,
        detail: { span, start: a.start, end: a.end, after: readingSummary(data), reason: a.reason },
      });
    }
  }
  return touched;
}
