/**
 * A fact's review state. `unchecked`: as the parser read it, nobody has looked. `confirmed`: an
 * editor checked the reading against the text. `corrected`: an editor changed the reading (the
 * parser's is kept in `machineReading`). `rejected`: not a figure we publish; it never counts.
 */
export const reviewStatuses = ['unchecked', 'confirmed', 'corrected', 'rejected'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Where a fact came from: read by the parser, or added by an editor from a span of text. */
export type FactOrigin = 'machine' | 'editor';

/** The words public pages put beside an unchecked figure (never colour alone). */
export const UNCHECKED_LABEL = 'machine-read, not yet checked';
/** Where that label links: the explanation on the about page. */
export const UNCHECKED_HELP_HREF = '/about#machine-read';

/** The word an editor types (or picks) in a council field for England's own figures. */
export const ENGLAND = 'England';
