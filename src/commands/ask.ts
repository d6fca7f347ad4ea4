import { answerQuestion } from '../answer/answer-question.ts';
import type { Command } from './command.ts';
import type { Services } from './services.ts';

export const ask: Command<Services> = {
  name: 'ask',
  description: 'Answer a question from the knowledge base, citing the articles',
  args: [{ name: 'question', description: 'Your question, in plain words', required: true, rest: true }],
  examples: [
    'ask Where was the first NATO Space Symposium held?',
    'ask Who is the deputy commander of U.S. Space Command?',
  ],
  run({ question }, { knowledge }) {
    return answerQuestion(knowledge, question ?? '');
  },
};
