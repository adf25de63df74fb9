import { describe, expect, it } from 'vitest';
import { createBrowserPool } from '../../../src/crawl/render/browser.ts';

describe('windows a crawled page opens', () => {
  it('gets none: window.open answers null, a target=_blank click is closed, and the tab stays the only one', async () => {
    const pool = createBrowserPool({ userAgent: 'Mirador-test' });
    try {
      const lease = await pool.lease('desktop');
      const page = await lease.page();
      await page.setContent(`<a id="x" href="about:blank#otra" target="_blank">otra</a>
        <script>window.opened = []; for (let i = 0; i < 50; i++) window.opened.push(window.open('about:blank#' + i));</script>`);
      expect(await page.evaluate(() => (window as unknown as { opened: unknown[] }).opened.every((w) => w === null))).toBe(true);
      const popup = page.context().waitForEvent('page');
      await page.click('#x');
      const opened = await popup;
      if (!opened.isClosed()) await opened.waitForEvent('close');
      expect(page.context().pages()).toEqual([page]);
      await lease.release();
    } finally {
      await pool.close();
    }
  }, 60_000);
});
