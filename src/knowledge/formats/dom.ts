/**
 * The small part of the DOM that Sitrep reads from linkedom documents. The project compiles without
 * the DOM library, so these describe exactly what the HTML format uses.
 */
export interface DomElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
  before(...nodes: string[]): void;
  after(...nodes: string[]): void;
}

export interface DomDocument {
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
