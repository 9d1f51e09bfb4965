import type { FormErrors, FormValues } from '@/lib/review/form';
import type { ReviewFact } from '@/lib/review/view';
import type { StoredWarning } from '@/lib/validation/stored-json';
import { AdditionFieldsets } from './addition-fieldsets';
import { ArticleText } from './article-text';
import { FactFieldset } from './fact-fieldset';
import { SpanPicker } from './span-picker';
import { WarningsList } from './warnings-list';

/**
 * What both review forms show (a preview before publishing, a stored article after): the article
 * with its figures marked, the parser's warnings, a fieldset per figure and the slots to add one.
 */
export function ReviewFields({
  heading,
  countSuffix = '',
  text,
  facts,
  warnings,
  values,
  errors,
}: {
  heading: string;
  countSuffix?: string;
  text: string;
  facts: ReviewFact[];
  warnings: StoredWarning[];
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <>
      <h2>{heading}</h2>
      <ArticleText text={text} facts={facts} />
      <SpanPicker />
      <h3>Warnings</h3>
      <WarningsList warnings={warnings} text={text} />
      <h2>
        {facts.length} figure{facts.length === 1 ? '' : 's'}
        {countSuffix}
      </h2>
      {facts.map((f, i) => (
        <FactFieldset key={`${f.ref}-${f.version}`} fact={f} n={i + 1} text={text} values={values} errors={errors} />
      ))}
      <AdditionFieldsets values={values} errors={errors} />
    </>
  );
}

/** The form's message about the whole submission, announced when it appears. */
export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-message" role="alert">
      {message}
    </p>
  );
}
