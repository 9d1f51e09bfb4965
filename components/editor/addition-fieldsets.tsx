import { MAX_ADDITIONS, type FormErrors, type FormValues } from '@/lib/review/form';
import { FieldError, errorProps } from './field-error';
import { ReadingFields } from './reading-fields';

/**
 * "Add a figure the parser missed": every slot already filled in (kept when the form comes back)
 * and one empty one. The span is the figure's text exactly as written, and which appearance of it;
 * selecting it in the article (with JavaScript) fills both, and its offsets.
 */
export function AdditionFieldsets({ values, errors }: { values: FormValues; errors: FormErrors }) {
  let filled = 0;
  while (filled < MAX_ADDITIONS && values[`add.${filled}.span`]?.trim()) filled++;
  const slots = Math.min(filled + 1, MAX_ADDITIONS);
  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a figure the parser missed</h2>
      {Array.from({ length: slots }, (_, n) => {
        const p = `add.${n}`;
        const id = `add-${n}`;
        return (
          <fieldset key={n} className="addition" data-addition={n}>
            <legend>New figure {n + 1}</legend>
            <p>
              <label htmlFor={`${id}-span`}>The figure as written in the article (select it, or copy it)</label>
              <input
                id={`${id}-span`}
                name={`${p}.span`}
                defaultValue={values[`${p}.span`] ?? ''}
                {...errorProps(errors, `${p}.span`, `${id}-span`)}
              />
              <FieldError errors={errors} name={`${p}.span`} id={`${id}-span`} />
            </p>
            <p>
              <label htmlFor={`${id}-occurrence`}>Which appearance of that text (1 = the first)</label>
              <input
                id={`${id}-occurrence`}
                name={`${p}.occurrence`}
                inputMode="numeric"
                defaultValue={values[`${p}.occurrence`] ?? '1'}
              />
            </p>
            <input type="hidden" name={`${p}.start`} defaultValue={values[`${p}.start`] ?? ''} />
            <ReadingFields prefix={p} values={values} errors={errors} reading={null} />
            <p>
              <label htmlFor={`${id}-reason`}>Note (optional)</label>
              <input id={`${id}-reason`} name={`${p}.reason`} defaultValue={values[`${p}.reason`] ?? ''} />
            </p>
          </fieldset>
        );
      })}
    </section>
  );
}
