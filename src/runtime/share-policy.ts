import type { UserRef } from '../bot/request.ts';
import type { SummarizeSettings } from '../config.ts';

/**
 * Whether a page `user` pasted into `summarize` joins the shared knowledge base. By default it
 * does not: a page anyone can paste must not become an answer for everyone (it may be internal,
 * wrong or planted). `always` shares every page, `admins` pages pasted by KNOWLEDGE_ADMINS, and
 * SUMMARIZE_KNOWLEDGE_DOMAINS shares pages from trusted sites whoever pastes them.
 */
export function sharesPage(settings: SummarizeSettings, user: UserRef, url: string): boolean {
  if (settings.addsToKnowledge === 'always') return true;
  if (settings.addsToKnowledge === 'admins' && settings.admins.includes(user.id)) return true;
  return isTrustedDomain(settings.knowledgeDomains, url);
}

function isTrustedDomain(domains: readonly string[], url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return domains.some((domain) => {
    const bare = domain.replace(/^\*?\./, '').replace(/\.$/, '');
    return host === bare || host.endsWith(`.${bare}`);
  });
}
