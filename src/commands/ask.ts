import { answerQuestion } from '../answer/answer-question.ts';
import { glossaryOf } from '../glossary/cached-glossary.ts';
import { definitionReply } from '../glossary/define-reply.ts';
import { withGlossaryExpansion } from '../glossary/expanding-knowledge.ts';
import { glossaryQuestion } from '../glossary/glossary-question.ts';
import { cachedReply } from '../knowledge-base/reply-cache.ts';
import type { Reply } from '../replies/reply.ts';
import type { Command } from './command.ts';
import type { Services } from './services.ts';

export const ask: Command<Services> = {
  name: 'ask',
  description: 'Answer a question from the knowledge base, citing the articles',
  args: [{ name: 'question', description: 'Your question, in plain words', required: true, rest: true }],
  examples: [
    'ask Where was the inaugural NATO Space Symposium held?',
    'ask Who is the deputy commander of U.S. Space Command?',
  ],
  async run({ question = '' }, { knowledge, feedback }, context) {
    const reply = cachedReply(
      knowledge,
      ['ask', question],
      () =>
        answerFromGlossary(knowledge, question) ?? answerQuestion(withGlossaryExpansion(knowledge), question),
    );
    // Recorded for every asker, remembered reply or not: votes and gaps count people, not computations.
    return feedback ? feedback.recordAsk(reply, context) : reply;
  },
};

/** "What does SDA stand for?" is answered by the definition, when an article gives one. */
function answerFromGlossary(knowledge: Services['knowledge'], question: string): Reply | undefined {
  const glossary = glossaryOf(knowledge);
  const acronym = glossaryQuestion(question, (word) => glossary.lookup(word) !== undefined);
  const entry = acronym ? glossary.lookup(acronym) : undefined;
  return entry ? definitionReply(entry) : undefined;
}
