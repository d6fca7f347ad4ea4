import { describe, expect, test } from 'vitest';
import type { SummarizeSettings } from '../../src/config.ts';
import { sharesPage } from '../../src/runtime/share-policy.ts';

const user = (id: string) => ({ id, canManageChannel: true });
const settings = (overrides: Partial<SummarizeSettings>): SummarizeSettings => ({
  addsToKnowledge: 'never',
  knowledgeDomains: [],
  admins: [],
  ...overrides,
});

describe('whether a pasted page joins the shared knowledge base', () => {
  test('never, by default, even for someone who manages the channel', () => {
    expect(sharesPage(settings({}), user('U1'), 'https://news.example/a')).toBe(false);
  });

  test('always shares every page', () => {
    expect(sharesPage(settings({ addsToKnowledge: 'always' }), user('U1'), 'https://news.example/a')).toBe(
      true,
    );
  });

  test('admins shares only pages pasted by KNOWLEDGE_ADMINS', () => {
    const admins = settings({ addsToKnowledge: 'admins', admins: ['U9'] });
    expect(sharesPage(admins, user('U9'), 'https://news.example/a')).toBe(true);
    expect(sharesPage(admins, user('U1'), 'https://news.example/a')).toBe(false);
  });

  test('trusted domains are shared whoever pastes them; look-alike hosts are not', () => {
    const trusted = settings({ knowledgeDomains: ['defense.gov'] });
    expect(sharesPage(trusted, user('U1'), 'https://www.defense.gov/News/1')).toBe(true);
    expect(sharesPage(trusted, user('U1'), 'https://defense.gov/News/1')).toBe(true);
    expect(sharesPage(trusted, user('U1'), 'https://defense.gov.evil.example/')).toBe(false);
    expect(sharesPage(trusted, user('U1'), 'https://notdefense.gov/')).toBe(false);
  });
});
