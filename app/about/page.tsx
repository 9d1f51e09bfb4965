import type { Metadata } from 'next';
import { UNCHECKED_LABEL } from '@/lib/review/status';

export const metadata: Metadata = {
  title: 'About',
  description: 'Where the figures come from, how they are read, and how editors check them.',
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

      <section aria-labelledby="machine-read">
        <h2 id="machine-read">Machine-read figures and how editors check them</h2>
        <p>
          Our parser reads each article sentence by sentence. It picks out amounts of money and counts, the council each
          is about (or England as a whole), the financial year, and whether the article gives an exact figure or says
          &ldquo;more than&rdquo; or &ldquo;about&rdquo;. It follows simple written rules, not judgement, so it can
          misread a sentence: give a figure to the wrong council or year, or take a number for a figure when it is not
          one.
        </p>
        <p>
          Editors then check each figure against the article&rsquo;s text. Until one has, the figure is marked &ldquo;
          {UNCHECKED_LABEL}&rdquo; wherever it appears. An editor&rsquo;s decision is one of:
        </p>
        <ul>
          <li>
            <strong>Confirmed</strong>: the parser read the sentence correctly. The figure shows without a mark.
          </li>
          <li>
            <strong>Corrected</strong>: the parser misread part of it, such as the council, the year or the amount. The
            figure shows as the editor corrected it, without a mark; the article&rsquo;s source page says what the
            parser read, what it was corrected to, and why.
          </li>
          <li>
            <strong>Rejected</strong>: it is not a figure we publish. It is left out of every total, ranking, chart,
            comparison and download; the source page lists it under &ldquo;Rejected readings&rdquo; with the reason.
          </li>
        </ul>
        <p>
          Whether figures no editor has checked yet are published at all is a setting of the site,{' '}
          <code>PUBLISH_UNCHECKED</code>. When it is on (the default), they are shown with the mark above; when it is
          off, only confirmed and corrected figures are shown.
        </p>
      </section>
    </>
  );
}
