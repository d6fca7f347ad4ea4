/** What one run of slack-load.ts measured, on both sides. */
export interface LoadFigures {
  rate: number;
  seconds: number;
  total: number;
  mix: string;
  /** The machine's 1-minute load average when sending started and when the answers were in. */
  loadAverage: { start: number; end: number };
  sitrep: {
    /** CPU time of the Sitrep process (all its threads) while the load ran. */
    cpuMs: number;
    /** Resident memory, sampled every second. */
    rssMb: number[];
    /** Heap in use before and after the run, each after a full collection when --expose-gc is on. */
    heapMb: { start: number; end: number; afterGc: boolean };
    eventLoopDelayMs: { p99: number; max: number };
  };
  slackSide: {
    sendSeconds: number;
    /** Request sent → HTTP 200 (Bolt's ack), per request acknowledged. */
    ackMs: number[];
    /** Request sent → reply posted to its response_url, per request answered. */
    answerMs: number[];
    /** Requests that failed or were answered with another status than 200. */
    sendErrors: number;
    slowAcks: number;
    busyReplies: number;
    /** Replies that were an error ("Something went wrong on my side"). */
    errorReplies: number;
    cpuMs: number;
  };
}

const ACK_DEADLINE_MS = 3_000;

/** Every request acked within 3 s, every one answered, none with an error. */
export function meetsTargets({ total, slackSide }: LoadFigures): boolean {
  return (
    slackSide.ackMs.length === total &&
    slackSide.slowAcks === 0 &&
    slackSide.sendErrors === 0 &&
    slackSide.errorReplies === 0 &&
    slackSide.answerMs.length === total
  );
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The run as a Markdown table, the form RESULTS.md and docs/quality.md quote. */
export function loadTable(figures: LoadFigures): string {
  const { sitrep, slackSide: slack, total } = figures;
  const acked = slack.ackMs.filter((ms) => ms <= ACK_DEADLINE_MS).length;
  const ms = (list: number[]) =>
    `${percentile(list, 50).toFixed(1)} / ${percentile(list, 99).toFixed(1)} / ${Math.max(0, ...list).toFixed(1)}`;
  const mb = (value: number) => value.toFixed(0);
  const quarter = Math.max(1, Math.floor(sitrep.rssMb.length / 4));
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
  const answered = Math.max(1, slack.answerMs.length);
  const rows: Array<[string, string]> = [
    [
      'requests sent',
      `${total} (${figures.rate}/s for ${figures.seconds} s, sent in ${slack.sendSeconds.toFixed(1)} s)`,
    ],
    ['acked within 3 s', `${acked} of ${total}`],
    ['errors (failed requests, non-200 acks, error replies)', String(slack.sendErrors + slack.errorReplies)],
    ['answered (response_url)', `${slack.answerMs.length} of ${total}`],
    ['of which "busy" replies', String(slack.busyReplies)],
    ['ack p50 / p99 / max ms', ms(slack.ackMs)],
    ['answer p50 / p99 / max ms', ms(slack.answerMs)],
    [
      'Sitrep event-loop delay p99 / max ms',
      `${sitrep.eventLoopDelayMs.p99.toFixed(1)} / ${sitrep.eventLoopDelayMs.max.toFixed(1)}`,
    ],
    ['Sitrep CPU per request ms', (sitrep.cpuMs / answered).toFixed(2)],
    ['Slack side (generator) CPU per request ms', (slack.cpuMs / answered).toFixed(2)],
    [
      'Sitrep RSS start / end / peak MB (first and last 25% of samples)',
      `${mb(mean(sitrep.rssMb.slice(0, quarter)))} / ${mb(mean(sitrep.rssMb.slice(-quarter)))} / ${mb(Math.max(0, ...sitrep.rssMb))}`,
    ],
    [
      `Sitrep heap start / end MB${sitrep.heapMb.afterGc ? ' (after a full GC)' : ''}`,
      `${mb(sitrep.heapMb.start)} / ${mb(sitrep.heapMb.end)}`,
    ],
    [
      'load average (1 min) start / end',
      `${figures.loadAverage.start.toFixed(2)} / ${figures.loadAverage.end.toFixed(2)}`,
    ],
  ];
  const title = `Slack HTTP receiver load, ${figures.mix} mix`;
  return [title, '| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
