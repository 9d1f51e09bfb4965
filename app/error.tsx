'use client';

// The one client component of the frame: Next requires error boundaries to be.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
