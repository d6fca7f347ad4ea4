/**
 * The acronym a question asks about, when it is a glossary question: "what does SDA stand
 * for?", "what's CSpOC short for", "define ARRW", "meaning of IBCS". "What is CSpOC?" counts
 * only when the word is an acronym the glossary knows (`isKnown`), so "what is the weather?"
 * stays an ordinary question.
 */
export function glossaryQuestion(question: string, isKnown: (word: string) => boolean): string | undefined {
  const text = question
    .trim()
    .replace(/[?!.\s]+$/, '')
    .replace(/[“”"‘’']/g, (quote) => (quote === '’' || quote === "'" ? "'" : ''));
  const standsFor =
    /^(?:what|wat)\s+(?:does|do|did)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?(\S+)\s+(?:stand|stands)\s+for$/i.exec(
      text,
    ) ??
    /^what(?:'s|\s+is)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?(\S+)\s+(?:short|an?\s+acronym|an?\s+abbreviation)\s+for$/i.exec(
      text,
    ) ??
    /^(?:define|meaning\s+of|what\s+is\s+the\s+meaning\s+of|expand)\s+(?:the\s+)?(?:acronym\s+)?(\S+)$/i.exec(
      text,
    );
  if (standsFor?.[1]) return standsFor[1];
  const whatIs = /^(?:what|who)(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?(\S+)$/i.exec(text)?.[1];
  if (whatIs && looksLikeAcronym(whatIs) && isKnown(whatIs)) return whatIs;
  return undefined;
}

function looksLikeAcronym(word: string): boolean {
  return /^[A-Z][A-Za-z0-9&/-]*$/.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2;
}
