/** `(?:a|b|c)`: one of several regular-expression sources, so that a long word list reads a few words a line. */
export const anyOf = (...sources: string[]) => `(?:${sources.join('|')})`;

/** A regular expression from sources written one after the other. */
export const regex = (flags: string, ...sources: string[]) => new RegExp(sources.join(''), flags);
