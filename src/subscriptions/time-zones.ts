import { closest } from './closest.ts';

/** Current names that the ICU in Node 20 lists under their old spelling (Asia/Calcutta). */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'America/Godthab': 'America/Nuuk',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** Abbreviations people type, and the zones they most often mean. */
const ABBREVIATIONS: Record<string, string[]> = {
  EST: ['America/New_York'],
  EDT: ['America/New_York'],
  ET: ['America/New_York'],
  CST: ['America/Chicago'],
  CDT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  PT: ['America/Los_Angeles'],
  CET: ['Europe/Brussels', 'Europe/Paris', 'Europe/Berlin'],
  CEST: ['Europe/Brussels', 'Europe/Paris', 'Europe/Berlin'],
  BST: ['Europe/London'],
  IST: ['Asia/Kolkata'],
  JST: ['Asia/Tokyo'],
  AEST: ['Australia/Sydney'],
  AEDT: ['Australia/Sydney'],
};

let zoneNames: string[] | undefined;

/** Every IANA zone name Sitrep accepts, in its current spelling, plus UTC. */
export function knownTimeZones(): string[] {
  zoneNames ??= ['UTC', ...Intl.supportedValuesOf('timeZone').map((zone) => RENAMED[zone] ?? zone)].filter(
    isUsableZone,
  );
  return zoneNames;
}

export type ZoneResolution = { ok: true; zone: string } | { ok: false; suggestions: string[] };

/**
 * An IANA zone name in its usual spelling ("europe/brussels" → "Europe/Brussels"), or the
 * closest names when it is not one: by edit distance over the full name and over the city
 * ("Brusels" → Europe/Brussels), or by abbreviation ("EST" → America/New_York).
 */
export function resolveTimeZone(input: string): ZoneResolution {
  const text = input.trim().replace(/ /g, '_');
  const exact = knownTimeZones().find((zone) => zone.toLowerCase() === text.toLowerCase());
  if (exact) return { ok: true, zone: exact };
  if (text.includes('/') && isUsableZone(text)) return { ok: true, zone: text };
  return { ok: false, suggestions: suggestTimeZones(text) };
}

/** True for a word meant as a time zone rather than a topic: Area/City, UTC/GMT, or an abbreviation. */
export function looksLikeTimeZone(text: string): boolean {
  return text.includes('/') || /^(utc|gmt|z)$/i.test(text) || text.toUpperCase() in ABBREVIATIONS;
}

export function suggestTimeZones(text: string): string[] {
  const abbreviation = ABBREVIATIONS[text.toUpperCase()];
  if (abbreviation) return abbreviation;
  return closest(text, knownTimeZones(), { keysOf: (zone) => [zone, zone.slice(zone.lastIndexOf('/') + 1)] });
}

function isUsableZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
