import { formatFinancialYear } from '@/lib/domain/financial-year';
import { metricIds, metricLabel } from '@/lib/domain/metrics';
import { ENGLAND } from '@/lib/review/status';
import type { FormErrors, FormValues } from '@/lib/review/form';
import type { MachineReading } from '@/lib/review/reading';
import { FieldError, errorProps } from './field-error';

export const COUNCIL_LIST_ID = 'council-list';

const BOUNDS = [
  ['exact', 'exactly'],
  ['more_than', 'more than'],
  ['less_than', 'less than'],
  ['about', 'about'],
] as const;
const FIRST = 1995;
const LAST = new Date().getUTCFullYear() + 1;
const YEARS = Array.from({ length: LAST - FIRST + 1 }, (_, i) => LAST - i);

/**
 * The six fields of a reading (council, year, measure, value, bound, basis) under one prefix, each
 * labelled, showing the value sent last, else the default reading, and its error beside it.
 */
export function ReadingFields({
  prefix,
  values,
  errors,
  reading,
}: {
  prefix: string;
  values: FormValues;
  errors: FormErrors;
  reading: MachineReading | null;
}) {
  const v = (field: string, fallback: string) => values[`${prefix}.${field}`] ?? fallback;
  const id = (field: string) => `${prefix}.${field}`.replace(/\./g, '-');
  const council = reading ? (reading.council?.name ?? ENGLAND) : '';
  return (
    <div className="reading-fields">
      <p>
        <label htmlFor={id('council')}>Council</label>
        <input
          id={id('council')}
          name={`${prefix}.council`}
          list={COUNCIL_LIST_ID}
          defaultValue={v('council', council)}
          autoComplete="off"
          {...errorProps(errors, `${prefix}.council`, id('council'))}
        />
        <FieldError errors={errors} name={`${prefix}.council`} id={id('council')} />
      </p>
      <p>
        <label htmlFor={id('year')}>Financial year</label>
        <select
          id={id('year')}
          name={`${prefix}.year`}
          defaultValue={v('year', reading ? String(reading.financialYear) : '')}
        >
          {!reading && <option value="">Choose…</option>}
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {formatFinancialYear(y)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name={`${prefix}.year`} id={id('year')} />
      </p>
      <p>
        <label htmlFor={id('metric')}>Measure</label>
        <select id={id('metric')} name={`${prefix}.metric`} defaultValue={v('metric', reading?.metric ?? 'spend')}>
          {metricIds.map((m) => (
            <option key={m} value={m}>
              {metricLabel(m)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name={`${prefix}.metric`} id={id('metric')} />
      </p>
      <p>
        <label htmlFor={id('value')}>Value (whole pounds or a count)</label>
        <input
          id={id('value')}
          name={`${prefix}.value`}
          inputMode="numeric"
          defaultValue={v('value', reading ? String(reading.value) : '')}
          {...errorProps(errors, `${prefix}.value`, id('value'))}
        />
        <FieldError errors={errors} name={`${prefix}.value`} id={id('value')} />
      </p>
      <p>
        <label htmlFor={id('bound')}>Stated as</label>
        <select id={id('bound')} name={`${prefix}.bound`} defaultValue={v('bound', reading?.bound ?? 'exact')}>
          {BOUNDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={id('basis')}>Basis</label>
        <select id={id('basis')} name={`${prefix}.basis`} defaultValue={v('basis', reading?.basis ?? '')}>
          <option value="">not stated</option>
          <option value="net">net</option>
          <option value="gross">gross</option>
        </select>
      </p>
    </div>
  );
}
