/**
 * Callbacks given to page.evaluate() and page.$eval() run in the browser, but they are
 * type-checked with the API's tsconfig, which (rightly) has no DOM library. These few structural
 * types stand in for the part of the DOM the tests read. In a test file:
 *
 *     declare const document: PageDocument;
 *
 * declares the page's global for that file only (a module), leaving the API's code without DOM
 * globals.
 */
export interface PageElement {
  id: string;
  className: string;
  tagName: string;
  textContent: string | null;
  innerText: string;
  value: string;
  hidden: boolean;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
  select(): void;
  blur(): void;
  scrollIntoView(): void;
}

export interface PageDocument {
  title: string;
  activeElement: PageElement | null;
  documentElement: { scrollWidth: number };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & ArrayLike<PageElement>;
}

export interface PageWindow {
  innerWidth: number;
  innerHeight: number;
  scrollTo(x: number, y: number): void;
  getComputedStyle(element: PageElement): { display: string; visibility: string };
}
