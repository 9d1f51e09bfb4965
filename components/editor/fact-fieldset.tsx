import { formatFact } from '@/lib/format';
import type { FormErrors, FormValues } from '@/lib/review/form';
import type { MachineReading } from '@/lib/review/reading';
import type { ReviewFact } from '@/lib/review/view';
import { FieldError, errorProps } from './field-error';
import { ReadingFields } from './reading-fields';

const STATUS_WORDS = {
  unchecked: 'Machine-read, not yet checked',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  rejected: 'Rejected',
} as const;

const describeReading = (r: MachineReading) => formatFact(r, r.council?.name ?? 'England');

/** One figure to decide: what it reads now, what the parser read and why, and the four choices. */
export function FactFieldset({
  fact,
  n,
  text,
  values,
  errors,
}: {
  fact: ReviewFact;
  n: number;
  text: string;
  values: FormValues;
  errors: FormErrors;
}) {
  const p = `f.${fact.ref}`;
  const id = `review-${fact.ref}`;
  const decision = values[`${p}.decision`] ?? 'leave';
  const choices = [
    ['leave', fact.status === 'unchecked' ? 'Leave unchecked' : 'Leave as it is'],
    ['confirm', 'Confirm: the reading is right'],
    ['correct', 'Correct it (below)'],
    ['reject', 'Reject: not a figure to publish'],
  ] as const;
  const corrected = fact.machine && describeReading(fact.machine) !== describeReading(fact.reading);
  return (
    <fieldset className={`review-fact status-${fact.status}`} id={id}>
      <legend>
        Figure {n}: “{text.slice(fact.start, fact.end)}” — {STATUS_WORDS[fact.status]}
      </legend>
      <p className="reading">
        <strong>{describeReading(fact.reading)}</strong>
        {fact.origin === 'editor' && ' (added by an editor)'}
      </p>
      {corrected && fact.machine && <p>The parser read: {describeReading(fact.machine)}</p>}
      {fact.evidence && (
        <p className="evidence">
          Why: rules {fact.evidence.rules.join(', ')}
          {fact.evidence.council && <>; council from “{fact.evidence.council.text}”</>}
          {fact.evidence.year && <>; year from “{fact.evidence.year.text}”</>}.
        </p>
      )}
      <blockquote>{fact.quote}</blockquote>
      {fact.decidedBy && (
        <p className="decided">
          {STATUS_WORDS[fact.status]} by {fact.decidedBy}
          {fact.decidedAt && ` on ${fact.decidedAt.slice(0, 10)}`}
          {fact.reason && `: ${fact.reason}`}
        </p>
      )}
      <input type="hidden" name={`${p}.version`} value={fact.version} />
      <div className="choices" role="radiogroup" aria-label={`Decision on figure ${n}`}>
        {choices.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name={`${p}.decision`} value={value} defaultChecked={decision === value} /> {label}
          </label>
        ))}
        <FieldError errors={errors} name={`${p}.decision`} id={`${id}-decision`} />
      </div>
      <details open={decision === 'correct' || Object.keys(errors).some((k) => k.startsWith(`${p}.`))}>
        <summary>Correction</summary>
        <ReadingFields prefix={p} values={values} errors={errors} reading={fact.reading} />
      </details>
      <p>
        <label htmlFor={`${id}-reason`}>Reason (needed to reject)</label>
        <input
          id={`${id}-reason`}
          name={`${p}.reason`}
          defaultValue={values[`${p}.reason`] ?? ''}
          {...errorProps(errors, `${p}.reason`, `${id}-reason`)}
        />
        <FieldError errors={errors} name={`${p}.reason`} id={`${id}-reason`} />
      </p>
    </fieldset>
  );
}
