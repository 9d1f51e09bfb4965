'use client';

import { useActionState } from 'react';
import { emptyReview, type ReviewState } from '@/lib/editor/state';
import type { StoredWarning as Warning } from '@/lib/validation/stored-json';
import type { ReviewFact } from '@/lib/review/view';
import { FormMessage, ReviewFields } from './review-fields';

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
      <FormMessage message={state.message} />
      <ReviewFields
        heading="The article"
        text={text}
        facts={facts}
        warnings={warnings}
        values={values}
        errors={errors}
      />
      <p className="actions">
        <button type="submit" disabled={pending}>
          Save decisions
        </button>
      </p>
    </form>
  );
}
