import type { Page } from '@pies/browser';

/** Counts what a locked-down page refused, for tests and diagnostics. */
export interface LockdownCounters {
  blockedRequests: number;
}

/**
 * Prepares a page for printing untrusted content: JavaScript off, the network emulated
 * offline, and every request the document makes refused, except `data:` URLs (the fonts
 * and images the report environment generates inline). The document itself is set with
 * setContent, so no request is ever needed. A navigation (a meta refresh, a frame) is
 * answered with 204 No Content, which leaves the current document in place, where an
 * aborted one would replace it with an error page. Settings stay on the page for its
 * lifetime, so a pooled page stays locked down between reports.
 */
export async function lockDownPage(page: Page, counters: LockdownCounters): Promise<void> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url().startsWith('data:')) {
      void request.continue().catch(() => undefined);
      return;
    }
    counters.blockedRequests++;
    if (request.isNavigationRequest()) {
      void request.respond({ status: 204, body: '' }).catch(() => undefined);
    } else {
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  await page.setOfflineMode(true);
  // Service workers, caches and storage are not needed: nothing may outlive a render.
  await page.setCacheEnabled(false);
}
