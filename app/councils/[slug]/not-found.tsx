import Link from 'next/link';

export default function CouncilNotFound() {
  return (
    <>
      <h1>Council not found</h1>
      <p className="lede">
        We have no figures for a council at this address. Council addresses use the common name, such as
        /councils/welwyn-hatfield.
      </p>
      <p>
        <Link href="/">See every council with figures</Link>
      </p>
    </>
  );
}
