import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { CasesPage } from './pages/cases';
import type { Page } from '@playwright/test';

/** Resolves once the service worker is active, i.e. everything is precached. */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test.describe('offline', () => {
  test('after one visit the app works with no network: classify, save, reload, still there', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await serviceWorkerReady(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'What do you need help with?' })).toBeVisible();
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire('broken/production/blocked', 'Written offline');
    await page.reload();
    await cases.openList();
    await expect(cases.row('Written offline').locator('.priority-badge')).toHaveText('P2');
  });

  test('the manifest makes the app installable from where it is served', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(`/${href}`)).json();
    expect(manifest).toMatchObject({
      name: 'SLA Desk', start_url: './', scope: './', display: 'standalone',
      theme_color: '#1f5fbf', background_color: '#f7f8fa',
    });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
    for (const icon of manifest.icons) {
      const response = await request.get(`/${icon.src}`);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()['content-type']).toBe(icon.type);
    }
  });
});

/** A deployment of its own: a copy of dist/ served on a free port, which a test may change. */
type Deployment = { dir: string; url: string };

const ownDeployment = test.extend<{ deployment: Deployment }>({
  deployment: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-desk-deployment-'));
    cpSync(join(__dirname, '../../dist'), dir, { recursive: true });
    const server: ChildProcess = spawn('node', [join(__dirname, 'serve-dist.mjs'), '0', dir]);
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk) => {
        const match = String(chunk).match(/http:\/\/127\.0\.0\.1:\d+/);
        if (match) resolve(match[0]);
      });
      server.on('exit', (code) => reject(new Error(`serve-dist.mjs exited with ${code}`)));
    });
    await use({ dir, url });
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ deployment }, use) => use(deployment.url),
});

ownDeployment.describe('a new deployment', () => {
  ownDeployment('is announced, and a click on Reload switches to it', async ({ page, deployment }) => {
    await page.goto('/');
    await serviceWorkerReady(page);
    const cacheNames = () => page.evaluate(() => caches.keys());
    const [first] = await cacheNames();
    await expect(page.getByText('A new version is available')).toHaveCount(0);

    // A new build changes the service worker's version, as any change to a file does.
    const sw = join(deployment.dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(banner).toBeVisible();
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner).toHaveCount(0);
    await expect.poll(cacheNames).toEqual([`${first}-next`]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  });
});
