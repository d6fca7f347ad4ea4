/**
 * Words that mark an explanation, a purpose or a manner in a sentence. A "why" question is
 * answered by the sentence that gives the reason, not by the one that best repeats the question.
 */
const CAUSE =
  /\b(?:because|due to|owing to|thanks to|as a result|result(?:ed|s|ing)? (?:in|from)|caused? by|led to|leads? to|reasons?|since|so that|in order to|so as to|aim(?:ed|s)? (?:at|to)|designed to|intended to|meant to|in response to|therefore|thus|hence)\b/i;
// "to" + a verb-like word: "to protect the harbor", "to ensure…". Not "to the", "to a".
const INFINITIVE = /\bto (?!(?:the|a|an|be|its|their|his|her|this|that|these|those|and|or|\d)\b)[a-z]{3,}/;
const MANNER = /\b(?:by (?:[a-z]+ing|using|means of)|through|using|via|with the help of|by way of)\b/i;
// Verbs that say something does not happen negate as surely as "not": "circumstances preclude changing".
const NEGATION =
  /\b(?:not|never|no|none|nor|cannot|without|preclud\w*|prevent\w*|prohibit\w*|forbid\w*|refus\w*|declin\w*|fail\w*|unable|lack\w*)\b|n['’]t\b/i;

export function hasCauseMarker(text: string): boolean {
  return CAUSE.test(text);
}

export function hasPurposeInfinitive(text: string): boolean {
  return INFINITIVE.test(text);
}

export function hasMannerMarker(text: string): boolean {
  return MANNER.test(text);
}

export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}
