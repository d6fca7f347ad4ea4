/** Media types Sitrep reads as text: web pages, feeds and JSON records. */
const TEXT_TYPE =
  /^(text\/[\w.+-]+|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|[\w.-]+\+xml|json|ld\+json|feed\+json|[\w.-]+\+json))$/;

const KINDS: [RegExp, string][] = [
  [/^application\/pdf$/, 'a PDF document'],
  [/^image\//, 'an image'],
  [/^video\//, 'a video'],
  [/^audio\//, 'an audio file'],
  [/^font\//, 'a font'],
  [/^application\/(zip|gzip|x-tar|x-7z-compressed|x-rar-compressed|x-bzip2)$/, 'an archive'],
  [/^application\/(octet-stream|x-msdownload|x-executable)$/, 'a binary download'],
  [/^application\/(msword|vnd\.)/, 'an office document'],
];

/**
 * Why a response of this content type is not read, or undefined when it is text. A response
 * without a content type is read (many small feed servers send none); the HTML and feed parsers
 * decide then.
 */
export function refusedContentType(header: string | undefined): string | undefined {
  if (!header?.trim()) return undefined;
  const type = (header.split(';')[0] ?? '').trim().toLowerCase();
  if (TEXT_TYPE.test(type)) return undefined;
  const kind = KINDS.find(([pattern]) => pattern.test(type))?.[1] ?? `${type} content`;
  return `the link is ${kind} (${type}), not a web page or feed; Sitrep reads only text`;
}
