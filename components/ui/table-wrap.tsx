import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens instead of squeezing its columns. The
 * scroll area is a named, focusable region so keyboard users can scroll it too.
 */
export function TableWrap({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'table-wrap wide' : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
