import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test runs with two guards: no console error and no request to another origin. They
 * are checked after the test, so each test only states what it is about.
 */
export const test = base.extend<{ guards: void; otherOrigins: string[] }>({
  /** Origins besides the app's that a test may load from (the embedding demo host). */
  otherOrigins: [[], { option: true }],
  guards: [
    async ({ page, baseURL, otherOrigins }, use) => {
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => {
        // A site's policy.json is optional; the browser logs its absence, which is the usual case.
        const noSitePolicy = message.text().startsWith('Failed to load resource') && message.location().url.endsWith('/policy.json');
        if (message.type() === 'error' && !noSitePolicy) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        const allowed = [baseURL, ...otherOrigins].some((origin) => url.startsWith(`${origin}/`));
        // mailto: goes to the user's mail program, not over the network.
        const local = ['data:', 'blob:', 'mailto:'].some((scheme) => url.startsWith(scheme));
        if (!allowed && !local) {
          foreignRequests.push(url);
        }
      });
      await use();
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The axe violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
