const TIME_PATTERN = /^(\d{1,2})(?:[:.h](\d{2}))?(?:\s*([ap])\.?m\.?)?$/i;
const COMPACT_PATTERN = /^(\d{2})(\d{2})$/;

/** True for anything that is meant as a time of day, valid or not ("08:00", "25:00", "7pm", "8:75"). */
export function looksLikeTime(text: string): boolean {
  return /^\d{1,2}([:.h]\d{1,3})?\s*([ap]\.?m\.?)?$/i.test(text) || COMPACT_PATTERN.test(text);
}

/**
 * A time of day as `HH:MM` (24-hour), from "8", "08:00", "8.30", "20h30", "0730", "7am" or
 * "6:30pm"; undefined when it names no real time ("25:00", "8:75", "13pm").
 */
export function parseTimeOfDay(text: string): string | undefined {
  const trimmed = text.trim();
  const compact = COMPACT_PATTERN.exec(trimmed);
  const match = compact ? [trimmed, compact[1], compact[2], undefined] : TIME_PATTERN.exec(trimmed);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const meridiem = match[3]?.toLowerCase();
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
