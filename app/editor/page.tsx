import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { requireEditorPage } from '@/lib/auth/session';
import { reviewQueue } from '@/lib/editor/queries';
import { slugSchema } from '@/lib/validation/params';

export default async function EditorQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ council?: string | string[] }>;
}) {
  const { council: raw } = await searchParams;
  const editor = await requireEditorPage(
    `/editor${typeof raw === 'string' ? `?council=${encodeURIComponent(raw)}` : ''}`,
  );
  const council = slugSchema.safeParse(raw);
  const rows = await reviewQueue(council.success ? council.data : undefined);
  return (
    <>
      <h1>Review queue</h1>
      <p>
        Signed in as {editor.email} ({editor.role}).
      </p>
      <SignOutButton />
      <p>
        Articles with figures not yet checked, or with parser warnings, oldest first.{' '}
        {council.success && (
          <>
            Showing those with unchecked figures for <strong>{council.data}</strong>;{' '}
            <Link href="/editor">show all</Link>.
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <p>
          Nothing to review: every figure has been checked. <Link href="/editor/new">Add an article</Link>.
        </p>
      ) : (
        <table>
          <caption>Articles to review ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Added</th>
              <th scope="col">Unchecked figures</th>
              <th scope="col">Warnings</th>
              <th scope="col">All figures</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/editor/articles/${r.id}`}>{r.title ?? `${r.publisher}, untitled`}</Link>
                  <br />
                  <small>{r.publisher}</small>
                </th>
                <td>
                  {r.addedAt.toISOString().slice(0, 10)} by {r.addedBy}
                </td>
                <td>{r.unchecked}</td>
                <td>{r.warnings}</td>
                <td>{r.facts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
