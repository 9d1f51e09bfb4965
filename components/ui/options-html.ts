import type { CouncilRef } from '@/lib/domain/series';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/**
 * A select's options as one escaped HTML string, for `dangerouslySetInnerHTML`: with 350
 * councils, options as React elements were most of a page's render time (npm run bench, scale).
 */
export function councilOptionsHtml(councils: CouncilRef[], selected?: string | null, exclude?: string) {
  return {
    __html:
      `<option value=""${selected ? '' : ' selected'} disabled>Choose a council</option>` +
      councils
        .filter((c) => c.slug !== exclude)
        .map(
          (c) =>
            `<option value="${escapeHtml(c.slug)}"${c.slug === selected ? ' selected' : ''}>${escapeHtml(c.name)}</option>`,
        )
        .join(''),
  };
}
