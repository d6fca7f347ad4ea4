const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ'];
const localeForZone = new Map<string, string>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as people in `zone` read it: "Tue 20 Oct 2026, 08:00 CEST". The zone is shown by
 * its usual abbreviation where English has one (EDT, CEST, IST, AEDT), else as "GMT+5:45".
 */
export function formatLocal(instant: Date, zone: string): string {
  const fields: Record<string, string> = {};
  for (const part of formatter('en-GB', zone, DATE_TIME).formatToParts(instant))
    fields[part.type] = part.value;
  const zoneName = formatter(abbreviationLocale(zone), zone, ZONE_NAME)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return `${fields.weekday} ${fields.day} ${fields.month} ${fields.year}, ${fields.hour}:${fields.minute} ${zoneName ?? zone}`;
}

/** A duration in words for "in 5 h 12 min". */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.round(milliseconds / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? `${days} d` : '',
    hours ? `${hours} h` : '',
    rest || minutes === 0 ? `${rest} min` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const ZONE_NAME: Intl.DateTimeFormatOptions = { timeZoneName: 'short' };

function formatter(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${options === ZONE_NAME ? 'zone' : 'date'}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * The first English locale that names the zone with letters rather than a GMT offset, in
 * winter and in summer (en-US calls London "GMT" in January but "GMT+1" in July).
 */
function abbreviationLocale(zone: string): string {
  let locale = localeForZone.get(zone);
  if (!locale) {
    const probes = [new Date(Date.UTC(2026, 0, 15)), new Date(Date.UTC(2026, 6, 15))];
    locale =
      ABBREVIATION_LOCALES.find((candidate) =>
        probes.every((probe) => {
          const name = formatter(candidate, zone, ZONE_NAME)
            .formatToParts(probe)
            .find((part) => part.type === 'timeZoneName')?.value;
          return name !== undefined && !/^(GMT|UTC)[+-]/.test(name);
        }),
      ) ?? 'en-GB';
    localeForZone.set(zone, locale);
  }
  return locale;
}
