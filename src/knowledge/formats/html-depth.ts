// Elements that never hold others, and elements whose end tag may be left out (a new <p> or
// <li> closes the open one): neither adds nesting, whatever the markup says.
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen frame'.split(' '),
);
const IMPLIED_END = new Set(
  'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc html head body'.split(
    ' ',
  ),
);
// Their content is text, not markup: "<" inside a script is no tag.
const RAW_TEXT = new Set('script style textarea title xmp noembed noframes plaintext'.split(' '));
const TAG_NAME = /^\/?([a-z][^\s/>]*)/;

/**
 * How deeply the elements of `html` nest, read from the tags alone in one pass, without building
 * a document (building one is what gets slow). Stops counting past `stopAbove`. An estimate:
 * unclosed elements other than those whose end tag may be omitted count as still open.
 */
export function htmlNestingDepth(html: string, stopAbove: number): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  let at = 0;
  let nextClose = -1;
  for (;;) {
    const open = lower.indexOf('<', at);
    if (open < 0) return deepest;
    if (lower.startsWith('<!--', open)) {
      const end = lower.indexOf('-->', open + 4);
      if (end < 0) return deepest;
      at = end + 3;
      continue;
    }
    // One forward search for ">" serves every "<" before it, which keeps "< < < <" linear.
    if (nextClose <= open) nextClose = lower.indexOf('>', open + 1);
    if (nextClose < 0) return deepest;
    const name = TAG_NAME.exec(lower.slice(open + 1, Math.min(nextClose, open + 42)));
    if (!name?.[1]) {
      at = open + 1;
      continue;
    }
    const tag = name[1];
    const isClosing = lower[open + 1] === '/';
    at = nextClose + 1;
    if (VOID.has(tag) || IMPLIED_END.has(tag)) continue;
    if (isClosing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (lower[nextClose - 1] === '/') continue;
    if (RAW_TEXT.has(tag)) {
      const end = lower.indexOf(`</${tag}`, at);
      if (end < 0) return deepest;
      at = end;
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAbove) return deepest;
  }
}
