/** Embed accent colours, one per kind of reply, so a glance tells an answer from an error. */
export const COLORS = {
  answer: 0x2b6cb0,
  miss: 0x718096,
  listing: 0x2c7a7b,
  quote: 0xb7791f,
  digest: 0x6b46c1,
  notice: 0x2f855a,
  error: 0xc53030,
} as const;
