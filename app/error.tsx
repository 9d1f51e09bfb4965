'use client';

import { STORE_UNAVAILABLE_DIGEST } from '@/lib/db/errors';

// The one client component of the frame: Next requires error boundaries to be.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === STORE_UNAVAILABLE_DIGEST) {
    return (
      <>
        <h1>The figures are unavailable for a moment</h1>
        <p className="lede">The database behind this page is not answering. Nothing is lost: try again in a minute.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </>
    );
  }
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">
        The figures could not be loaded. The error has been logged on the server
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
