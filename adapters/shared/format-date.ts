const DATE_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * "2024-05-06" or "2024-05-06T21:30:00-04:00" → "May 6, 2024": the calendar date as written,
 * so a late-evening article does not move to the next day; undefined when absent or unreadable.
 */
export function formatDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const calendarDate = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  const time = Date.parse(calendarDate ?? value);
  return Number.isNaN(time) ? undefined : DATE_FORMAT.format(time);
}
