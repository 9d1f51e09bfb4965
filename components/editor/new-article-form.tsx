'use client';

import { useActionState } from 'react';
import { submitNewArticle } from '@/app/editor/actions';
import { emptyNewArticle } from '@/lib/editor/state';
import { FieldError, errorProps } from './field-error';
import { FormMessage, ReviewFields } from './review-fields';

const META = [
  ['publisher', 'Publisher (required)', 'text'],
  ['title', 'Headline (optional)', 'text'],
  ['url', 'Address of the original (optional, http or https)', 'url'],
  ['published', 'Publication date (optional, YYYY-MM-DD)', 'text'],
] as const;

/**
 * Paste or upload an article, preview what the parser reads, decide each figure, publish. A plain
 * form: without JavaScript each button posts and the page comes back with the same state (React's
 * useActionState with a server action); with it, the same happens without a page load.
 */
export function NewArticleForm() {
  const [state, action, pending] = useActionState(submitNewArticle, emptyNewArticle);
  const { values, errors, preview } = state;
  return (
    <form action={action} className="editor-form" aria-busy={pending}>
      <FormMessage message={state.message} />
      <fieldset>
        <legend>The article</legend>
        {META.map(([name, label, type]) => (
          <p key={name}>
            <label htmlFor={`meta-${name}`}>{label}</label>
            <input
              id={`meta-${name}`}
              name={name}
              type={type === 'url' ? 'text' : type}
              defaultValue={values[name] ?? ''}
              required={name === 'publisher'}
              {...errorProps(errors, name, `meta-${name}`)}
            />
            <FieldError errors={errors} name={name} id={`meta-${name}`} />
          </p>
        ))}
        <details open={!preview}>
          <summary>Text</summary>
          <p>
            <label htmlFor="meta-text">Paste the article&apos;s text</label>
            <textarea
              id="meta-text"
              name="text"
              rows={14}
              defaultValue={values.text ?? ''}
              {...errorProps(errors, 'text', 'meta-text')}
            />
            <FieldError errors={errors} name="text" id="meta-text" />
          </p>
          <p>
            <label htmlFor="meta-file">or upload a .txt file (UTF-8, at most 1 MB)</label>
            <input id="meta-file" name="file" type="file" accept=".txt,text/plain" />
          </p>
        </details>
      </fieldset>

      {preview && (
        <>
          <input type="hidden" name="previewed" value={preview.fingerprint} />
          {preview.existing && (
            <p className="notice">
              This article is already stored (<a href={`/editor/articles/${preview.existing.id}`}>review it</a>).
              Publishing updates its text: figures that read as before keep their decisions.
            </p>
          )}
          <ReviewFields
            heading="What the parser read"
            countSuffix=" to decide"
            text={preview.text}
            facts={preview.facts}
            warnings={preview.warnings}
            values={values}
            errors={errors}
          />
        </>
      )}
      <p className="actions">
        <button type="submit" name="intent" value="preview" disabled={pending}>
          {preview ? 'Preview again' : 'Preview'}
        </button>
        {preview && (
          <button type="submit" name="intent" value="publish" disabled={pending}>
            Publish
          </button>
        )}
      </p>
    </form>
  );
}
