import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Sitrep's Prometheus metrics, one registry per process (each replica is scraped on its own
 * port). Names and labels are documented in docs/replicas.md; keep them stable for dashboards.
 */
export interface SitrepMetrics {
  registry: Registry;
  /** Commands answered, by command and outcome (`answered`, `refused`, `error`). */
  commands: Counter<'command' | 'outcome'>;
  /** Time from request to reply, by command. */
  latency: Histogram<'command'>;
  /** Scheduled and manual briefings and weekly gaps posts this replica posted (and the platform confirmed). */
  briefingsPosted: Counter<'trigger'>;
  /** Feed polls this replica ran, by result (`new`, `unchanged`, `error`). */
  feedPolls: Counter<'result'>;
  /** Articles in this replica's index. */
  indexArticles: Gauge;
}

export function createMetrics(options: { indexSize?: () => number } = {}): SitrepMetrics {
  const registry = new Registry();
  const indexSize = options.indexSize;
  return {
    registry,
    commands: new Counter({
      name: 'sitrep_commands_total',
      help: 'Commands answered, by command and outcome (answered, refused, error).',
      labelNames: ['command', 'outcome'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'sitrep_command_duration_seconds',
      help: 'Time from request to reply, by command.',
      labelNames: ['command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    briefingsPosted: new Counter({
      name: 'sitrep_briefings_posted_total',
      help: 'Scheduled posts this replica made and the platform confirmed, by trigger (schedule, manual, gaps).',
      labelNames: ['trigger'],
      registers: [registry],
    }),
    feedPolls: new Counter({
      name: 'sitrep_feed_polls_total',
      help: 'Feed polls this replica ran, by result (new, unchanged, error).',
      labelNames: ['result'],
      registers: [registry],
    }),
    indexArticles: new Gauge({
      name: 'sitrep_index_articles',
      help: "Articles in this replica's index.",
      registers: [registry],
      collect() {
        if (indexSize) this.set(indexSize());
      },
    }),
  };
}
