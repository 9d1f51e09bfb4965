import type { FactRow } from '@/lib/domain/figure';

/**
 * "3 figures on this page are machine-read and not yet checked. Editors: review them", linking to
 * the editors' queue for this council; nothing once every figure is checked. A plain link: the
 * page stays static, and the editor pages ask for a sign-in themselves.
 */
export function UncheckedNote({ councilSlug, facts }: { councilSlug: string; facts: FactRow[] }) {
  const n = facts.filter((f) => f.status === 'unchecked').length;
  if (n === 0) return null;
  return (
    <p className="muted">
      {n === 1 ? '1 figure on this page is' : `${n} figures on this page are`} machine-read and not yet checked.{' '}
      <a href={`/editor?council=${encodeURIComponent(councilSlug)}`}>Editors: review {n === 1 ? 'it' : 'them'}</a>
    </p>
  );
}
