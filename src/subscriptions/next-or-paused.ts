import { formatDuration, formatLocal } from '../scheduler/format-local.ts';
import { nextRunAt, type Schedule } from '../scheduler/next-run.ts';

/** A subscription as its status line reads it: paused with the reason, or on with its next run. */
interface StatusSchedule {
  enabled: boolean;
  disabledReason?: string;
}

/** The status line after the schedule: why it is paused, or when it next runs and how soon. */
export function nextOrPausedLine(subscription: Schedule & StatusSchedule, now: Date): string {
  if (!subscription.enabled) {
    return `Paused: ${subscription.disabledReason ?? 'disabled'}. Subscribe again to resume.`;
  }
  const next = nextRunAt(subscription, now).at;
  return `Next: ${formatLocal(next, subscription.timezone)} (in ${formatDuration(next.getTime() - now.getTime())}).`;
}
