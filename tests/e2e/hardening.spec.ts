import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { CasesPage } from './pages/cases';

const dist = join(__dirname, '../../dist');
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

test.describe('the Content-Security-Policy', () => {
  const csp = attribute(indexHtml.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)?.[0] ?? '', 'content') ?? '';

  test('allows scripts from this origin and Trunk\u2019s loader by its hash, and nothing inline or eval', () => {
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '));
    const inline = [...indexHtml.matchAll(/<script>|<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(scriptSrc).toBe(`script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // Before every script and stylesheet, so it covers them all.
    expect(indexHtml.indexOf('Content-Security-Policy')).toBeLessThan(indexHtml.search(/<script|<link/));
  });

  test('is enforced: an injected inline script does not run', async ({ context }) => {
    // A page of its own: the refusal is a console error, which the guard on `page` would count.
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; blocked: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ ran: 'injected' in window, blocked: event.effectiveDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
        }),
    );
    expect(outcome).toEqual({ ran: false, blocked: 'script-src-elem' });
    await page.close();
  });

  test('the app runs under it: classify, save, export, email link', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire('broken/production/blocked', 'Under the policy');
    await page.goto('/#/classify/broken/production/blocked');
    const email = page.getByRole('link', { name: 'Email support' });
    await expect(email).toHaveAttribute('href', /^mailto:/);
    // Handed to the mail program; the page stays (and the guard sees no CSP refusal).
    await email.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await cases.openList();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('Under the policy');
  });
});

test('every stylesheet, script preload and icon in index.html has subresource integrity that matches the file', () => {
  const links = [...indexHtml.matchAll(/<link\b[^>]*>/g)].map((match) => match[0]);
  const scripts = [...indexHtml.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const tag of [...links, ...scripts]) {
    const href = attribute(tag, 'href') ?? attribute(tag, 'src');
    // The inline loader is covered by its hash in the CSP; browsers apply no SRI to a manifest,
    // which manifest-src 'self' keeps to this origin.
    if (!href || attribute(tag, 'rel') === 'manifest') continue;
    const integrity = attribute(tag, 'integrity');
    expect(integrity, tag).toMatch(/^sha384-/);
    const digest = createHash('sha384').update(readFileSync(join(dist, href))).digest('base64');
    expect(integrity, tag).toBe(`sha384-${digest}`);
  }
});

test.describe('user text is only ever text', () => {
  const payload = '<img src=x onerror="window.pwned=1">';

  test('a case titled with markup, saved in the UI, shows the markup as text and runs nothing', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire('broken/production/blocked', payload);
    await cases.openList();
    await expect(cases.row(payload).locator('.case-title')).toHaveText(payload);
    await cases.openCase(payload);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(payload);
    await expect(page.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  test('a JSON import with markup in a title and description shows it as text and runs nothing', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.openList();
    const file = {
      format: 'sla-desk-cases',
      // Schema 1, the smallest case there is; the import migrates it.
      schema: 1,
      exported_at: '2026-12-07T09:00:00Z',
      cases: [{ id: 'C-xss', title: payload, description: `<script>window.pwned=1</script>${payload}`, events: [{ at: '2026-12-07T08:00:00Z', type: 'submitted', priority: 'P3' }] }],
    };
    await page.getByLabel('Import cases from a JSON export').setInputFiles({
      name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.getByRole('status').filter({ hasText: '1 case added' })).toBeVisible();
    await expect(cases.row(payload).locator('.case-title')).toHaveText(payload);
    await cases.openCase(payload);
    await expect(page.getByText(`<script>window.pwned=1</script>${payload}`)).toBeVisible();
    await expect(page.locator('main img, main script')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });
});

test('an import over 5 MB is refused with a clear message and nothing changes', async ({ page }) => {
  const cases = new CasesPage(page);
  await cases.createFromQuestionnaire('broken/production/blocked', 'Stays alone');
  await cases.openList();
  const before = await cases.stored();
  // Valid JSON, so the size alone is the reason.
  const big = Buffer.from(JSON.stringify({ format: 'sla-desk-cases', schema: 2, cases: [], padding: 'x'.repeat(6 * 1024 * 1024) }));
  await page.getByLabel('Import cases from a JSON export').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported: the file is 6.0 MB, and files over 5 MB are not imported.');
  expect(await cases.stored()).toEqual(before);
});
