import type { ExtractWarning } from '../extract/schema';
import type { FormErrors, FormValues } from '../review/form';
import type { ReviewFact } from '../review/view';

/** What the new-article form's action answers: the form as sent, its errors, and the preview. */
export interface NewArticleState {
  values: FormValues;
  errors: FormErrors;
  /** A message about the whole form (a stale figure, a failed write). */
  message: string | null;
  preview: {
    text: string;
    /** The stored article with the same identity, when there is one: publishing updates it. */
    existing: { id: number; slug: string } | null;
    facts: ReviewFact[];
    warnings: ExtractWarning[];
    /** The text and date the preview was read from (lib/review/view.ts, previewFingerprint). */
    fingerprint: string;
  } | null;
}

export const emptyNewArticle: NewArticleState = { values: {}, errors: {}, message: null, preview: null };

/** What saving decisions on a stored article answers when it cannot save. */
export interface ReviewState {
  values: FormValues;
  errors: FormErrors;
  message: string | null;
}

export const emptyReview: ReviewState = { values: {}, errors: {}, message: null };
