import { glossaryOf } from '../glossary/cached-glossary.ts';
import { defineAcronym } from '../glossary/define-reply.ts';
import type { Command } from './command.ts';
import type { Services } from './services.ts';

export const define: Command<Services> = {
  name: 'define',
  description: 'Say what an acronym stands for, as the articles spell it out',
  args: [{ name: 'acronym', description: 'The acronym, e.g. SDA', required: true }],
  examples: ['define SDA', 'define CSpOC'],
  run({ acronym }, { knowledge }) {
    return defineAcronym(glossaryOf(knowledge), (acronym ?? '').trim());
  },
};
