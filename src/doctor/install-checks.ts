import type { Config } from '../config.ts';
import { fetchPolicy } from '../fetch/fetch-policy.ts';
import type { CheckSection } from './check-result.ts';
import { checkDataDir } from './data-dir.ts';
import { checkFeeds, type FeedCheckOptions } from './feeds.ts';
import { checkKnowledgeDir } from './knowledge-dir.ts';
import { checkNodeVersion } from './node-version.ts';

/** What every install needs, whatever the platform: Node, data/, the knowledge folder, feeds. */
export async function checkInstall(
  config: Config,
  options: FeedCheckOptions = { policy: fetchPolicy(config.fetch) },
): Promise<CheckSection> {
  const [data, knowledge, feeds] = await Promise.all([
    checkDataDir(config.dataDir, config.databasePath),
    checkKnowledgeDir(config.knowledgeDir),
    checkFeeds(config.knowledgeDir, options),
  ]);
  return { title: 'Install', results: [checkNodeVersion(), data, knowledge, feeds] };
}
