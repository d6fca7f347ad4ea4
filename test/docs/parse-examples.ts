/**
 * Finds the runnable examples in a Markdown page: fenced blocks whose info string is
 * `console example` (optionally `console example exit=1`). Inside, each `$ sitrep …` line is a
 * command and the lines up to the next `$` line are what it prints.
 */
export interface DocCommand {
  /** 1-based line of the `$` line in the page. */
  line: number;
  /** The command line as written, without `$ `. */
  text: string;
  expected: string[];
}

export interface DocExample {
  line: number;
  exitCode: number;
  commands: DocCommand[];
}

export interface FencedBlock {
  line: number;
  info: string;
  body: string[];
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  let open: { fence: string; indent: number; block: FencedBlock } | undefined;
  lines.forEach((raw, index) => {
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(raw);
    if (!open && fence) {
      open = {
        fence: fence[2] ?? '```',
        indent: (fence[1] ?? '').length,
        block: { line: index + 1, info: (fence[3] ?? '').trim(), body: [] },
      };
    } else if (open && fence && (fence[2] ?? '').startsWith(open.fence) && !fence[3]?.trim()) {
      blocks.push(open.block);
      open = undefined;
    } else if (open) {
      // A block inside a list item is indented with its fence; that indentation is not output.
      open.block.body.push(raw.slice(Math.min(open.indent, raw.length - raw.trimStart().length)));
    }
  });
  return blocks;
}

export function isExample(block: FencedBlock): boolean {
  return /^console\s+example\b/.test(block.info);
}

/** A `$ sitrep …` line shown outside an example block: it would never be checked. */
export function unmarkedCommands(block: FencedBlock): boolean {
  // A `markdown` block shows page source (how to write an example), not commands to run.
  if (isExample(block) || /^markdown\b/.test(block.info)) return false;
  return block.body.some((line) => /^\$ (npx )?sitrep\b/.test(line));
}

export function parseExample(block: FencedBlock): DocExample {
  const exitCode = Number(/\bexit=(\d+)/.exec(block.info)?.[1] ?? 0);
  const commands: DocCommand[] = [];
  block.body.forEach((line, index) => {
    if (line.startsWith('$ ')) {
      commands.push({ line: block.line + 1 + index, text: line.slice(2), expected: [] });
    } else {
      const current = commands.at(-1);
      if (!current) throw new Error(`example at line ${block.line}: output before the first $ command`);
      current.expected.push(line);
    }
  });
  while (commands.at(-1)?.expected.at(-1) === '') commands.at(-1)?.expected.pop();
  return { line: block.line, exitCode, commands };
}

/** Shell-like words: spaces separate, single and double quotes group. Nothing else is interpreted. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) words.push(match[1] ?? match[2] ?? match[3] ?? '');
  return words;
}
