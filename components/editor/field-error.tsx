import type { FormErrors } from '@/lib/review/form';

const errorId = (id: string) => `${id}-error`;

/** aria-invalid and aria-describedby for a field with an error. */
export function errorProps(errors: FormErrors, name: string, id: string) {
  return errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(id) } : {};
}

/** A field's error, in words, tied to the field by id. */
export function FieldError({ errors, name, id }: { errors: FormErrors; name: string; id: string }) {
  const message = errors[name];
  if (!message) return null;
  return (
    <span className="field-error" id={errorId(id)}>
      {message}
    </span>
  );
}
