import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const host = 'http://127.0.0.1:8183';
const app = 'http://127.0.0.1:8181';
// The default policy, with the demo host's origin allowed to embed the app.
const embedPolicy = readFileSync(join(__dirname, 'fixtures', 'embed-policy.json'), 'utf8');

test.use({ otherOrigins: [host] });

test.describe('the embedded widget', () => {
  test('reports its height and the classification to an allowed host', async ({ page }) => {
    await page.route(`${app}/policy.json`, (route) => route.fulfill({ contentType: 'application/json', body: embedPolicy }));
    await page.goto(`${host}/?app=${app}/`);
    const widget = page.frameLocator('#sla-desk');
    await expect(widget.getByRole('heading', { name: 'What do you need help with?' })).toBeVisible();
    // Compact: no header or footer of its own.
    await expect(widget.locator('.site-header')).toHaveCount(0);
    await expect(widget.locator('.site-footer')).toHaveCount(0);
    // The host sizes the frame from the widget's resize messages.
    await expect.poll(async () => Number(await page.locator('#sla-desk').getAttribute('height'))).not.toBe(600);

    await widget.getByRole('button', { name: 'Something is broken' }).click();
    await widget.getByRole('button', { name: 'Production' }).click();
    await widget.getByRole('button', { name: 'We cannot reach or use the service at all' }).click();
    await expect(page.locator('#messages .classified')).toHaveText(/^P1 Urgent \(clause 1\); initial response by \d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
  });

  test('the host theme colours are applied, and bad ones ignored', async ({ page }) => {
    await page.goto(`${app}/?embed=compact&accent=%23aa0000&background=url(x)#/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sla-accent').trim());
    expect(accent).toBe('#aa0000');
    const background = await page.evaluate(() => document.documentElement.style.getPropertyValue('--sla-bg'));
    expect(background).toBe('');
  });

  test('a host the policy does not allow receives nothing', async ({ page }) => {
    // The built-in policy allows no origin.
    await page.goto(`${host}/?app=${app}/&step=%23/classify/question`);
    const widget = page.frameLocator('#sla-desk');
    await expect(widget.locator('.priority-badge')).toHaveText('P4');
    await expect(widget.locator('.commitments')).toBeVisible();
    // Messages from one window arrive in order: once a marker sent now has arrived, anything
    // the widget sent before it would have too.
    const frame = page.frames().find((candidate) => candidate.url().startsWith(app));
    await frame!.evaluate((host) => {
      window.parent.postMessage({ type: 'sla-desk:classified', priority: 'marker', name: '', clause: 0, deadlines: {} }, host);
    }, host);
    await expect(page.locator('#messages li')).toHaveText([/^marker/]);
    expect(await page.locator('#sla-desk').getAttribute('height')).toBe('600');
  });

  test('an embedded widget can show the case list when the host asks', async ({ page }) => {
    await page.goto(`${app}/?embed=compact&cases=1#/`);
    const nav = page.getByRole('navigation', { name: 'Widget' });
    await expect(nav.getByRole('link', { name: 'Cases' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'SLA calculator' })).toHaveCount(0);
  });
});
