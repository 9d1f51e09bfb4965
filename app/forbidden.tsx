import Link from 'next/link';

/** What forbidden() shows (lib/auth/session.ts): another site's request, or an account without access. */
export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p className="lede">
        This account cannot do that, or the request did not come from this site’s own pages, so nothing was changed.
      </p>
      <p>
        <Link href="/sign-in">Sign in with an editor’s account</Link>, or go back to the page and try again.
      </p>
    </>
  );
}
