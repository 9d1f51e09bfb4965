import Link from 'next/link';

/** What unauthorized() shows (lib/auth/session.ts): no session, or it has expired. */
export default function Unauthorized() {
  return (
    <>
      <h1>Sign in needed</h1>
      <p className="lede">You are not signed in, or your session has ended, so nothing was changed.</p>
      <p>
        <Link href="/sign-in">Sign in</Link> and try again.
      </p>
    </>
  );
}
