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
    String.raw`upkeep|watch\w*|system|network|equipment|it|them|this|staff\w*|service|scheme|repairs?|contract|links?`,
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
        String.raw`(?:needed|required)\s+to\s+run|proposes?\s+to\s+(?:pay|spend)|proposed\s+to\s+(?:pay|spend)|is\s+budgeting|allocation`,
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
    re: regex(
      'gi',
      String.raw`\b(?:spent|spend(?:s|ing)?|expenditure|outturn|outlay|costs?|costing|paid|pays?|poured|invested`,
      String.raw`|splashed\s+out|forked\s+out|bill)\b`,
    ),
  },
];

/** Clause boundaries: a year or council on the far side of one belongs to another figure. */
export const CLAUSE_BREAK = regex(
  'g',
  anyOf(
    String.raw`;|\s[-–—]\s|,\s+and\s+|\s+and\s+(?=[A-Z0-9£\uFFFD]|(?:it|they|the|this|that|there|we|he|she)\b)`,
    String.raw`,?\s+(?:but|while|whereas|although)\s+|,\s+(?:compared\s+(?:with|to)|against|versus|followed\s+by)\s+`,
  ),
);

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

/** A sentence about the council's whole finances: its money is not CCTV's unless CCTV is named beside it. */
export const COUNCIL_FINANCES =
  /\bbudget\s+(?:gap|deficit|shortfall)|\bfinancial\s+emergency\b|\bsection\s+114\b|\bcouncil\s+tax\b/i;

/** The money is something other than CCTV's own ("overall budget", "council tax"). */
export const NOT_CCTV_NEAR = regex(
  'i',
  String.raw`\b(?:overall|total|entire|whole|revenue|capital|annual|net|council['’]s)\s+budget\b`,
  String.raw`(?!\s+(?:for|of)\s+(?:the\s+|its\s+)?(?:CCTV|cameras?|public\s+space\s+CCTV)\b)|\bcouncil\s+tax\b`,
  String.raw`|\bbudget\s+(?:gap|deficit|shortfall)|\bfinancial\s+emergency\b|\bparking\b`,
);

export const GROSS = /\bgross\b/i;
export const NET = /\bnet\b/i;

/** Councils in general, the subject of a national figure: "councils", "local authorities", "town halls", "the country". */
export const GROUP = regex(
  'gu',
  anyOf(
    String.raw`\b(?:local\s+)?(?:councils|local\s+authorities|authorities|town\s+halls|boroughs|districts)\b`,
    String.raw`^(?:Local\s+)?(?:Councils|Local\s+authorities|Authorities|Town\s+halls)\b`,
    String.raw`\b(?:nationally|nationwide|across\s+the\s+country|in\s+the\s+country|the\s+country['’]s)\b`,
    String.raw`^In\s+total\b|^Altogether\b`,
  ),
);
/** England named: with councils in general, an England-wide figure. "England and Wales" is not England. */
export const ENGLAND = /\b(?:England(?!\s+and\s+Wales)(?:['’]s)?|English)\b/g;
/** Places that are not one English council and not England: the UK, Britain, the other nations, regions, London as a whole. */
export const OUTSIDE_ENGLAND = regex(
  'g',
  String.raw`\b`,
  anyOf(
    String.raw`UK|U\.K\.|United\s+Kingdom|(?:Great\s+)?Britain(?:['’]s)?|British|England\s+and\s+Wales`,
    String.raw`Scotland|Scottish|Wales|Welsh|Northern\s+Ireland`,
    String.raw`(?:the\s+)?(?:North[- ]West|North[- ]East|South[- ]West|South[- ]East|East\s+Midlands|West\s+Midlands)`,
    String.raw`Yorkshire|East\s+Anglia|Greater\s+Manchester|Merseyside|Home\s+Counties|(?:in|across)\s+London|London\s+total`,
  ),
  String.raw`\b`,
);
/** A council referred to, not named: "the council", "the authority", "the borough", "It spent". */
export const REFERENCE = regex(
  'gi',
  anyOf(
    String.raw`\bthe\s+(?:new\s+|local\s+|unitary\s+)?(?:borough\s+|district\s+|city\s+|county\s+|unitary\s+)?` +
      String.raw`(?:council|authority)\b(?!\s+tax)`,
    String.raw`\bthe\s+(?:borough|district)\b`,
    String.raw`\b[Ii]t\b(?=\s+(?:spent|spends|has|had|runs|operates|used|uses|paid|pays|received|earned|budgeted|costs?|now)\b)`,
  ),
);

/** The segment counts cameras (for lists whose numbers stand alone). */
export const CAMERA_WORD = /\b(?:cctv|cameras?|camera\s+sites)\b/i;
/** The segment is about money (a list of amounts, not of cameras). */
export const MONEY_WORD = /£|\b(?:spend\w*|spent|budget\w*|cost\w*|income)\b/i;

/** Money cut, saved or removed: "slashed £908,000 from", "saving £74,000". */
export const CUT_VERB_BEFORE = regex(
  'i',
  String.raw`\b(?:(?:removal|loss|axing|scrapping|switch-off|switching\s+off|cutting)\s+of|switch(?:ed|es|ing)?\s+off`,
  String.raw`|turn(?:ed|s|ing)?\s+off|decommission\w*|slash\w*|cut(?:s|ting)?|axe[ds]?`,
  String.raw`|axing|sav(?:e|es|ed|ing)|trimm?\w*|shav\w*|reduc\w*|remov\w*|scrap\w*|los(?:e|es|t|ing))\s*$`,
);
/** A grant or one-off sum: "was granted", "funded by £53,000", "an investment of £100,000", "a bid for". */
export const GRANT = regex(
  'i',
  String.raw`\b`,
  anyOf(
    String.raw`grant(?:s|ed)?|funded\s+by|funding\s+of|award(?:s|ed)?|investment\s+of|bid\s+(?:for|of)|one[- ]off`,
    String.raw`capital\s+(?:sum|investment|funding)`,
    String.raw`upgrad\w*|new\s+(?:cameras|system|equipment)|to\s+(?:buy|install|replace|upgrade|increase|expand|improve)`,
  ),
  String.raw`\b`,
);

/** Said of a count before it: a plan, not what is in place ("will be", "plans to", "could be spent on"). */
export const PLAN_BEFORE = regex(
  'i',
  String.raw`\b`,
  anyOf(
    String.raw`will|would|could|shall|intends?\s+to|plans?\s+(?:to|for)|planning\s+to|proposes?\s+to|proposed|is\s+to|are\s+to`,
    String.raw`(?:is|are)\s+(?:set|due|expected|going)\s+to|aims?\s+to|hopes?\s+to|wants?\s+to|new\s+network`,
  ),
  String.raw`\b[^.;:]{0,40}$`,
);
/** A total in place, whatever is planned for it: "a network of 24 cameras", "all 74 cameras", "a total of 244". */
export const TOTAL_AFTER = /^-(?:strong|camera)\b/i;
export const TOTAL_BEFORE =
  /(?:(?<!\b(?:new|for\s+a)\s+)\bnetwork\s+of|\btotal\s+of|\ball|\bits|\btheir|\bthe\s+council['’]s|\bexisting)\s*$/i;
/** Said of a count after it: "100 cameras will also be fitted", "The 10 cameras will cover". */
export const PLAN_AFTER = regex(
  'i',
  String.raw`^\s*(?:(?!(?:which|that|who)\b)[\w'’,-]+\s+){0,7}?(?<!\b(?:and|but)\s+)`,
  String.raw`(?:will|would|could|are\s+(?:to|set|due|going)|is\s+(?:to|set|due)|to\s+be)\b`,
);
/** A level in place despite a plan in the clause: "instead of the 65 currently run". */
export const NOW_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:currently|already|now|at\s+present|in\s+place|in\s+operation)\b/i;

/** Someone else's cameras: police, private owners, shops, transport, parishes. */
export const OTHER_OWNER = regex(
  'i',
  String.raw`\b`,
  anyOf(
    String.raw`police|constabulary|the\s+force|force['’]s|privately|private|shopping\s+cent(?:re|er)|mall|retailers?`,
    String.raw`businesses|shops?|bus\s+station`,
    String.raw`security\s+(?:team|firm|company|staff)|owners?|(?:transport|bus|rail)\s+operators?|operator['’]s|landlords?`,
    String.raw`railway|network\s+rail|transport\s+for|hospitals?|universit(?:y|ies)|schools?|parish|town\s+council|housing\s+association`,
  ),
  String.raw`\b`,
);
/** Part of a network: where some of the cameras are, not the total. */
export const PART_AFTER = regex(
  'i',
  String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:in|at|on|inside|around|covering|across)\s+(?:the\s+|its\s+|their\s+)?`,
  anyOf(
    String.raw`town\s+cent(?:re|er)|city\s+cent(?:re|er)|car\s+parks?|housing\s+estates?|estates?|parks?|building|stations?`,
    String.raw`high\s+street|market\s+place|seafront|promenade`,
  ),
  String.raw`\b`,
);
/** An earlier level printed beside the current one. */
export const PAST_BEFORE = regex(
  'i',
  String.raw`\b`,
  anyOf(
    String.raw`(?:up|down|dropping|falling|fell|rising|rose|reduced|reducing|increased|cut)\s+from|from`,
    String.raw`started\s+(?:off\s+)?(?:with|managing|monitoring)|originally|previously|formerly|used\s+to\s+(?:have|run|operate)`,
  ),
  String.raw`\s*$`,
);
/** A clause about an earlier time: "10 years ago", "in 1999", "at the time". */
export const PAST_CLAUSE =
  /\b(?:years?\s+ago|a\s+decade\s+ago|in\s+(?:19\d\d|200\d)|back\s+in|at\s+(?:that|the)\s+time|when\s+it\s+opened)\b/i;
/** A rate of cameras: "one camera for every 900 residents", "4.3 cameras per 1,000 people". */
export const COUNT_RATE_AFTER = regex(
  'i',
  String.raw`^\s*(?:[\w-]+\s+){0,5}?(?:per|for\s+(?:each|every)|to\s+every|in\s+every)\s+`,
  String.raw`(?:\d[\d,]*\s+|one\s+|thousand\s+|hundred\s+)?(?:head|residents?|people|persons?|population|households?|square)\b`,
);

/** Money said to be planned, allocated or set aside, after it: "£150,000 has been allocated". */
export const BUDGET_AFTER = regex(
  'i',
  String.raw`^\s*(?:[\w-]+\s+){0,4}?(?:has|have|had|is|are|was|were|will)?\s*(?:been\s+|be\s+|being\s+)?`,
  anyOf(String.raw`allocated|earmarked|set\s+aside|budgeted|ring-?fenced|invested\s+in|proposed`),
  String.raw`\b`,
);
