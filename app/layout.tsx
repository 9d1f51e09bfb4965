import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Council CCTV spending', template: '%s · Council CCTV spending' },
  description: 'What English councils spend on CCTV, year by year, with the sentence each figure came from.',
};

const NAV = [
  ['/', 'Overview'],
  ['/councils', 'Councils'],
  ['/compare', 'Compare'],
  ['/england', 'England'],
  ['/about', 'About'],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">
              Council CCTV spending
            </Link>
            <nav aria-label="Main">
              <ul>
                {NAV.map(([href, label]) => (
                  <li key={href}>
                    <Link href={href}>{label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="inner">
            Figures are read from news articles; each links to its source sentence. Local authority names, codes and
            mid-2020 populations: mySociety, uk_local_authority_names_and_codes, CC-BY-4.0 (populations: ONS).
          </div>
        </footer>
      </body>
    </html>
  );
}
