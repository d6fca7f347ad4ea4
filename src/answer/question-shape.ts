import { askedHeadStem } from './asked-head.ts';
import { isNegated } from './ranker/markers.ts';
import { contentStems } from './terms.ts';

/** What a question asks beyond its answer kind: a reason, a manner, a negated fact, named things. */
export interface QuestionShape {
  /** "Why…", "what caused…", "for what reason…". */
  asksReason: boolean;
  /** "How did…", "how does…": a manner or method (not "how many", "how long"). */
  asksManner: boolean;
  negated: boolean;
  /** Stems of the capitalized words after the first: the names the question is about. */
  nameStems: string[];
  /** Numbers the question gives ("in 1066"), which an answer's context should hold. */
  numbers: string[];
  /** The stemmed noun a "which/what …" question asks for ("which cruiser…" → cruiser). */
  headStem?: string;
}

const QUANTITY_HOW = /\bhow (?:many|much|long|far|old|often|big|large|small|high|tall|deep|fast|soon)\b/i;

export function questionShape(question: string): QuestionShape {
  const lower = question.toLowerCase();
  const asksReason =
    /\bwhy\b/.test(lower) ||
    /\b(?:what|which) (?:\w+ )?(?:caused|reasons?|led to|motivated|prompted)\b/.test(lower);
  const asksManner = /\bhow\b/.test(lower) && !QUANTITY_HOW.test(lower);
  const words = question.trim().split(/\s+/).slice(1);
  const capitalized = words.filter((word) => /^[A-Z]/.test(word)).join(' ');
  return {
    asksReason,
    asksManner,
    negated: isNegated(question),
    nameStems: [...new Set(contentStems(capitalized))],
    numbers: [...new Set(question.match(/\b\d[\d,.]*\b/g) ?? [])].map((n) => n.replace(/[.,]$/, '')),
    headStem: askedHeadStem(question),
  };
}
