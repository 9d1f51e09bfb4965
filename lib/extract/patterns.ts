/** Word lists the parser reads sentences with. Each says what a nearby word means. */
import type { MoneyMetric } from '../domain/metrics';
import { anyOf, regex } from './regex';

/** Words that make a sentence (or an object of spending) about CCTV. */
export const CCTV_TERMS = /\b(?:cctv|cameras?|surveillance|monitor\w*|control\s+room|closed[- ]circuit)\b/i;

/** What money may be spent "on" and still be CCTV spending. */
export const CCTV_OBJECT = regex(
  'i',
  String.raw`\b`,
  anyOf(
    String.raw`cctv|cameras?|surveillance|monitor\w*|control\s+room|install\w*|maint\w*|running|run|operat\w*`,
    String.raw`upkeep|watch\w*|system|network|equipment|it|them|this|staff\w*`,
  ),
  String.raw`\b`,
);

/** The words that say which money metric an amount is: one row per money metric of the registry. */
export const METRIC_KEYWORDS: Array<{ metric: MoneyMetric; re: RegExp }> = [
  {
    metric: 'budget',
    re: regex(
      'gi',
      String.raw`\b`,
      anyOf(
        String.raw`budget\w*|will\s+(?:invest|spend)|plans?\s+to\s+(?:spend|invest)|planning\s+to\s+(?:spend|invest)`,
        String.raw`set\s+aside|allocated|earmarked|(?:is|are)\s+(?:set|due|expected)\s+to\s+spend|expects?\s+to\s+spend`,
      ),
      String.raw`\b`,
    ),
  },
  {
    metric: 'income',
    re: /\b(?:income|brought\s+in|bringing\s+in|generated|earned|raised|receipts|took\s+in|recouped|recovered)\b/gi,
  },
  {
    metric: 'spend',
    re: /\b(?:spent|spend(?:s|ing)?|expenditure|outlay|costs?|costing|paid|pays?|poured|invested|splashed\s+out|forked\s+out)\b/gi,
  },
];

/** Clause boundaries: a year or council on the far side of one belongs to another figure. */
export const CLAUSE_BREAK =
  /;|\s[-–—]\s|,?\s+(?:and|but|while|whereas|although)\s+|,\s+(?:compared\s+(?:with|to)|against|versus)\s+/gi;

/** Bound phrases, tried against the text just before a figure. */
export const BOUND_BEFORE: Array<{ bound: 'more_than' | 'less_than' | 'about'; re: RegExp }> = [
  { bound: 'more_than', re: /\b(?:just\s+)?(?:more\s+than|over|in\s+excess\s+of|upwards\s+of|at\s+least|above)\s*$/i },
  {
    bound: 'less_than',
    re: /\b(?:just\s+)?(?:less\s+than|fewer\s+than|under|below|nearly|almost|not\s+quite|up\s+to)\s*$/i,
  },
  {
    bound: 'about',
    re: /\b(?:around|about|approximately|approx\.?|roughly|some|an\s+estimated|estimated|circa|c\.)\s*$/i,
  },
];

/** "went up to £X" is a level, not a ceiling. */
export const RISE_TO = /\b(?:went|gone|goes|going|rose|risen|shot|jumped|climbed|moved)\s+up\s+to\s*$/i;

/** Before a figure: it is a change, not a level ("cut by £75,000", "an increase of £5,000"). */
export const CHANGE_BEFORE = regex(
  'i',
  anyOf(
    String.raw`\b(?:by|up|down)`,
    String.raw`\b` +
      anyOf(
        'increase|increases|rise|rises|fall|falls|drop|drops|cut|cuts|reduction|reductions|saving|savings',
        'decrease|jump|growth|overspend|underspend|shortfall|deficit|uplift',
      ) +
      String.raw`\s+(?:of|by|worth)`,
  ),
  String.raw`\s*$`,
);
/** After a figure: "£20,000 more than the year before", "a £5,000 increase". */
export const CHANGE_AFTER =
  /^\s*(?:(?:more|less|higher|lower|fewer|up|down)\s+(?:than|on|from)\b|(?:increase|rise|cut|reduction|drop|fall|saving|uplift)\b)/i;

/** "an extra £20,000", "a further 12 cameras". */
export const ADDITION_BEFORE = /\b(?:extra|additional|further|another)\s*$/i;
/** "plans to install 40 cameras", "added 12 cameras": cameras being added, not the stock. */
export const ADDITION_VERB_BEFORE = regex(
  'i',
  String.raw`\b`,
  anyOf(
    String.raw`install\w*|add|adds|added|adding|buy\w*|bought|purchas\w*|replac\w*|upgrad\w*`,
    String.raw`will\s+\w+|plans?\s+to\s+\w+|to\s+install`,
  ),
  String.raw`\b[^.;,£\d]{0,25}$`,
);
export const COUNT_CHANGE_MODIFIER = /\b(?:more|fewer|less|extra|additional|new|further|other)\b/i;

/** "down from £107,000": a level for another, unnamed time. */
export const PAST_LEVEL_BEFORE = /\b(?:up|down)\s+from\s*$/i;

/** Averages and rates, not a council's total. */
export const RATE_BEFORE = /\b(?:average|averaged|averaging|typical|median|per\s+head|per\s+resident|per\s+person)\b/i;
export const RATE_AFTER =
  /^\s*(?:per|a|for\s+each|for\s+every)\s+(?:head|resident|person|camera|household|property)\b/i;

/** The money is something other than CCTV's own ("overall budget", "council tax"). */
export const NOT_CCTV_NEAR = /\b(?:overall|total|entire|whole|revenue|capital|annual)\s+budget\b|\bcouncil\s+tax\b/i;

/** Phrases that make the figure England's, not a council's. */
export const NATIONAL = regex(
  'i',
  anyOf(
    String.raw`\b(?:councils|local\s+authorities|authorities)\s+(?:across|in|throughout)\s+England\b`,
    String.raw`\b(?:across|in|throughout)\s+England,?\s+(?:councils|local\s+authorities)\b`,
    String.raw`\bEnglish\s+(?:councils|local\s+authorities)\b`,
    String.raw`\bEngland['’]s\s+(?:councils|local\s+authorities)\b`,
    String.raw`\b(?:councils|local\s+authorities)\s+(?:nationally|nationwide|across\s+the\s+country)\b`,
    String.raw`\bEngland(?:-wide)?\s+total\b`,
    String.raw`\b(?:across|throughout)\s+England\b`,
  ),
);

export const GROSS = /\bgross\b/i;
export const NET = /\bnet\b/i;
