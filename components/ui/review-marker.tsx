import { UNCHECKED_HELP_HREF, UNCHECKED_LABEL, type ReviewStatus } from '@/lib/review/status';

/**
 * " (machine-read, not yet checked)" beside a figure no editor has checked, in words and linked to
 * what that means (the about page); nothing for a confirmed or corrected one.
 */
export function UncheckedMarker({ status }: { status: ReviewStatus | undefined }) {
  if (status !== 'unchecked') return null;
  return (
    <>
      {' '}
      <span className="muted review-marker">
        (<a href={UNCHECKED_HELP_HREF}>{UNCHECKED_LABEL}</a>)
      </span>
    </>
  );
}
