import Link from 'next/link';

export default function SourceNotFound() {
  return (
    <>
      <h1>Source not found</h1>
      <p className="lede">No article has this address.</p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </>
  );
}
