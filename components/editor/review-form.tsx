'use client';

import { useActionState } from 'react';
import { emptyReview, type ReviewState } from '@/lib/editor/state';
import type { ExtractWarning } from '@/lib/extract/schema';
import type { ReviewFact } from '@/lib/review/view';
import { AdditionFieldsets } from './addition-fieldsets';
import { ArticleText } from './article-text';
import { FactFieldset } from './fact-fieldset';
import { SpanPicker } from './span-picker';
import { WarningsList } from './warnings-list';

type Warning = Partial<Pick<ExtractWarning, 'rule'>> & Omit<ExtractWarning, 'rule'>;

/** Decisions on a stored article's figures, saved together; works as a plain form without JavaScript. */
export function ReviewForm({
  action: save,
  text,
  facts,
  warnings,
}: {
  action: (prev: ReviewState, form: FormData) => Promise<ReviewState>;
  text: string;
  facts: ReviewFact[];
  warnings: Warning[];
}) {
  const [state, action, pending] = useActionState(save, emptyReview);
  const { values, errors } = state;
  return (
    <form action={action} className="editor-form" aria-busy={pending}>
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
      <h2>The article</h2>
      <ArticleText text={text} facts={facts} />
      <SpanPicker />
      <h3>Warnings</h3>
      <WarningsList warnings={warnings} text={text} />
      <h2>
        {facts.length} figure{facts.length === 1 ? '' : 's'}
      </h2>
      {facts.map((f, i) => (
        <FactFieldset key={`${f.ref}-${f.version}`} fact={f} n={i + 1} text={text} values={values} errors={errors} />
      ))}
      <AdditionFieldsets values={values} errors={errors} />
      <p className="actions">
        <button type="submit" disabled={pending}>
          Save decisions
        </button>
      </p>
    </form>
  );
}
