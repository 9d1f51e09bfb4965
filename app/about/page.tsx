import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'About',
  description: 'Where the figures come from and how they are read.',
};

// Deliberately plain: no data, no charts. The benchmark uses it as the framework's floor.
export default function AboutPage() {
  return (
    <>
      <h1>About these figures</h1>
      <p className="lede">
        Every figure on this site is read from a news article by our parser and keeps the sentence it came from.
        Spending is what a council reports it spent on CCTV in a financial year (April to March); budgets are what it
        set aside. Where two sources disagree, both are shown.
      </p>
    </>
  );
}
