import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address.</p>
      <p>
        <Link href="/">See every council on the overview</Link>
      </p>
    </>
  );
}
