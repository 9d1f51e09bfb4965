import type { ReactNode } from 'react';

/**
 * A chart's fixed frame (a server component): title, a reserved height so nothing moves
 * when the client draws, the empty state, and a pointer to the table with the same numbers.
 */
export function ChartFrame({
  title,
  empty,
  note,
  children,
}: {
  title: string;
  empty: boolean;
  note: string;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      {empty ? (
        <p className="empty chart-empty">No figures to chart yet.</p>
      ) : (
        <div className="chart-box">{children}</div>
      )}
      <p className="muted">{note}</p>
    </figure>
  );
}
