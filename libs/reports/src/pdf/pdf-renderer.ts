import { launchBrowser, type Browser, type LaunchBrowserOptions, type Page } from '@pies/browser';
import { DEFAULT_PROTECTIVE_MARKING } from '../models/common';
import { footerTemplate, headerTemplate } from './header-footer';
import { lockDownPage, type LockdownCounters } from './page-lockdown';
import { Semaphore } from './semaphore';

export interface PdfRendererOptions {
  /** Reports printed at once (pages open in the one browser). Default 4. */
  concurrency?: number;
  /** How the browser is launched (which executable). */
  launch?: LaunchBrowserOptions;
}

/** Milliseconds one render may take, per step. */
const TIMEOUT_MS = 60_000;

export interface RenderPdfOptions {
  /** The PDF's document title (also the report's <title>). */
  title: string;
  /** BCP 47 language of the document. Default "en-GB". */
  lang?: string;
  /** Left of the running header, e.g. the organisation. */
  headerLeft?: string;
  /** Right of the running header. Default: the title. */
  headerRight?: string;
  /** Left of the running footer, e.g. the partnership. */
  footerLeft?: string;
  /** Centre of the running header and footer. Default OFFICIAL-SENSITIVE. */
  protectiveMarking?: string;
}

/** A4 with room for the running header and footer; shared with the benchmark's floor. */
export const PDF_PAGE_OPTIONS = {
  format: 'a4',
  printBackground: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: true,
  margin: { top: '19mm', bottom: '17mm', left: '16mm', right: '16mm' },
} as const;

/** The complete Puppeteer PDF options for a render: A4, tagged, outline, header and footer. */
export function pdfOptions(options: RenderPdfOptions) {
  const running = {
    headerLeft: options.headerLeft ?? '',
    headerRight: options.headerRight ?? options.title,
    footerLeft: options.footerLeft ?? '',
    protectiveMarking: options.protectiveMarking ?? DEFAULT_PROTECTIVE_MARKING,
  };
  return {
    ...PDF_PAGE_OPTIONS,
    headerTemplate: headerTemplate(running),
    footerTemplate: footerTemplate(running),
  };
}

export interface PdfRendererStats {
  /** Browsers launched so far (more than one after a crash or disconnect). */
  launches: number;
  renders: number;
  /** Requests that report pages tried to make and were refused. */
  blockedRequests: number;
  /** Pages open now, in use or pooled (never more than the concurrency). */
  pagesOpen: number;
  /** The most renders that were ever printing at the same moment. */
  peakConcurrent: number;
}

/** The few DOM properties the renderer sets (the lib has no DOM typings). */
interface PageDocument {
  title: string;
  documentElement: { lang: string } | null;
}

interface PooledPage {
  browser: Browser;
  page: Page;
}

/** Thrown inside a render when the browser went away under it; the render is tried again once. */
class BrowserGoneError extends Error {}

/**
 * Prints HTML to PDF in one long-lived headless Chromium, started on first use. Pages are
 * pooled (at most `concurrency`, each locked down: no JavaScript, no network) and reused.
 * If the browser crashes or disconnects, the next render starts a new one; a render that
 * was in flight when it died is retried once on the new browser.
 */
export class PdfRenderer {
  readonly #launch: LaunchBrowserOptions;
  readonly #slots: Semaphore;
  #browser: Promise<Browser> | null = null;
  #idle: PooledPage[] = [];
  #closed = false;
  readonly #counters: LockdownCounters = { blockedRequests: 0 };
  #launches = 0;
  #renders = 0;
  readonly #open = new Map<Page, Browser>();
  #printing = 0;
  #peakConcurrent = 0;

  constructor(options: PdfRendererOptions = {}) {
    this.#launch = options.launch ?? {};
    this.#slots = new Semaphore(options.concurrency ?? 4);
  }

  get stats(): PdfRendererStats {
    return {
      launches: this.#launches,
      renders: this.#renders,
      blockedRequests: this.#counters.blockedRequests,
      pagesOpen: this.#open.size,
      peakConcurrent: this.#peakConcurrent,
    };
  }

  /** The running browser's process id (starting the browser if needed). */
  async browserPid(): Promise<number | undefined> {
    return (await this.#getBrowser()).process()?.pid;
  }

  /** Prints `html` (a complete document) to an A4 PDF. */
  async render(html: string, options: RenderPdfOptions): Promise<Buffer> {
    this.#assertOpen();
    return this.#slots.run(async () => {
      try {
        return await this.#renderOnce(html, options);
      } catch (error) {
        if (!(error instanceof BrowserGoneError) || this.#closed) throw unwrap(error);
        return this.#renderOnce(html, options).catch((retryError: unknown) => {
          throw unwrap(retryError);
        });
      }
    });
  }

  /** Closes the browser. Renders after this fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const launching = this.#browser;
    this.#browser = null;
    this.#idle = [];
    const browser = await launching?.catch(() => null);
    if (browser?.connected) await browser.close().catch(() => undefined);
  }

  async #renderOnce(html: string, options: RenderPdfOptions): Promise<Buffer> {
    const { browser, page } = await this.#acquirePage();
    let reusable = false;
    this.#printing++;
    this.#peakConcurrent = Math.max(this.#peakConcurrent, this.#printing);
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: TIMEOUT_MS });
      await page.evaluate(
        (title: string, lang: string) => {
          // Runs in the page (DevTools evaluation works with page scripts disabled).
          const doc = (globalThis as unknown as { document: PageDocument }).document;
          doc.title = title;
          if (doc.documentElement) doc.documentElement.lang = lang;
        },
        options.title,
        options.lang ?? 'en-GB',
      );
      const pdf = await page.pdf({ ...pdfOptions(options), timeout: TIMEOUT_MS });
      reusable = true;
      this.#renders++;
      // A view of Puppeteer's bytes, not a copy (a 1,000-agency board report is 17 MB).
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (!browser.connected) throw new BrowserGoneError('the browser went away', { cause: error });
      throw error;
    } finally {
      this.#printing--;
      if (reusable && !this.#closed && browser.connected && !page.isClosed()) {
        this.#idle.push({ browser, page });
      } else {
        void page.close().catch(() => undefined);
      }
    }
  }

  async #acquirePage(): Promise<PooledPage> {
    while (this.#idle.length > 0) {
      const pooled = this.#idle.pop() as PooledPage;
      if (pooled.browser.connected && !pooled.page.isClosed()) return pooled;
    }
    const browser = await this.#getBrowser();
    try {
      const page = await browser.newPage();
      this.#open.set(page, browser);
      page.once('close', () => this.#open.delete(page));
      page.setDefaultTimeout(TIMEOUT_MS);
      await lockDownPage(page, this.#counters);
      return { browser, page };
    } catch (error) {
      if (!browser.connected) throw new BrowserGoneError('the browser went away', { cause: error });
      throw error;
    }
  }

  #getBrowser(): Promise<Browser> {
    this.#assertOpen();
    if (this.#browser) return this.#browser;
    const launching = launchBrowser(this.#launch);
    this.#browser = launching;
    launching.then(
      (browser) => {
        this.#launches++;
        browser.once('disconnected', () => {
          // Forget this browser and its pages; the next render launches a new one.
          if (this.#browser === launching) this.#browser = null;
          this.#idle = this.#idle.filter((pooled) => pooled.browser !== browser);
          for (const [page, owner] of this.#open) if (owner === browser) this.#open.delete(page);
        });
        if (this.#closed) void browser.close().catch(() => undefined);
      },
      () => {
        if (this.#browser === launching) this.#browser = null;
      },
    );
    return launching;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('the PDF renderer is closed');
  }
}

function unwrap(error: unknown): unknown {
  return error instanceof BrowserGoneError ? (error.cause ?? error) : error;
}
