import type { KnowledgeBase } from './knowledge-base.ts';

/** Replies kept per knowledge base; the least recently used goes first. */
export const REPLY_CACHE_ENTRIES = 1_000;

interface Cache {
  version: number;
  entries: Map<string, unknown>;
}

const caches = new WeakMap<KnowledgeBase, Cache>();

/**
 * What `compute` returns for `key` (a command and its arguments) over `knowledge`, computed once
 * per version of the knowledge base: a team asks the same questions and summarizes the same
 * articles again and again, and an answer costs milliseconds of CPU that a burst of chat requests
 * cannot spare. Any change to the knowledge base drops every remembered reply. Only for
 * replies that depend on nothing but the key and the knowledge base (not the asker, the clock
 * or the platform); a throw is not remembered. Replies are plain data: the value is remembered
 * as a frozen copy, since every later asker shares it, and freezing the original could freeze
 * the knowledge base's own objects it points to.
 */
export function cachedReply<T>(knowledge: KnowledgeBase, key: readonly string[], compute: () => T): T {
  const version = knowledge.version();
  let cache = caches.get(knowledge);
  if (cache?.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(knowledge, cache);
  }
  const text = normalizedKey(key);
  if (cache.entries.has(text)) {
    const value = cache.entries.get(text) as T;
    // Moved to the back: Map keeps insertion order, so the front is the least recently used.
    cache.entries.delete(text);
    cache.entries.set(text, value);
    return value;
  }
  const value = deepFreeze(structuredClone(compute()));
  cache.entries.set(text, value);
  if (cache.entries.size > REPLY_CACHE_ENTRIES) {
    cache.entries.delete(cache.entries.keys().next().value as string);
  }
  return value;
}

/** "  Where was  the symposium?" and "Where was the symposium?" are one question. */
function normalizedKey(parts: readonly string[]): string {
  return parts.map((part) => part.normalize('NFC').trim().replace(/\s+/g, ' ')).join('\u0000');
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
