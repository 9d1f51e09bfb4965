import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'Editor', robots: { index: false, follow: false } };

/**
 * The editor's pages. The layout draws the navigation only: each page checks the session and role
 * itself (requireEditorPage), since a layout is not re-run on every navigation.
 */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <div className="editor">
      <nav aria-label="Editor">
        <ul>
          <li>
            <Link href="/editor">Review queue</Link>
          </li>
          <li>
            <Link href="/editor/new">Add an article</Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
