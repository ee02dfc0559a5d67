import { test, expect } from './fixtures';

const p2 = '/#/classify/broken/production/blocked';

test.describe('actions on a result', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T15:30:00+01:00') });
  });

  test('Copy summary puts the priority, why and deadlines on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(p2);
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Priority: P2 Important');
    expect(copied).toContain('Why: clause 1 of P2');
    expect(copied).toContain('Initial response by: Mon 7 Dec 2026, 09:30 (Oslo time)');
  });

  test('Email support opens a message to the support address with the summary', async ({ page }) => {
    await page.goto(p2);
    const href = await page.getByRole('link', { name: 'Email support' }).getAttribute('href');
    expect(href).toMatch(/^mailto:support%40example\.com\?subject=P2%20Important/);
    expect(decodeURIComponent(href!.split('body=')[1])).toContain('Actions to resolve commence by: Mon 7 Dec 2026, 11:30');
  });

  test('Save as case needs a title, then keeps the case in this browser', async ({ page }) => {
    await page.goto(p2);
    await page.getByRole('button', { name: 'Save as case' }).click();
    await expect(page.getByText('Give the case a title')).toBeVisible();
    await expect(page.getByLabel('Title (required)')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Title (required)').fill('Checkout fails');
    await page.getByLabel('Contact email').fill('not-an-email');
    await page.getByRole('button', { name: 'Save as case' }).click();
    await expect(page.getByText('does not look like an email address')).toBeVisible();

    await page.getByLabel('Contact email').fill('ola@example.com');
    await page.getByLabel('Description').fill('The pay button spins forever.');
    await page.getByRole('button', { name: 'Save as case' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as case' })).toBeVisible();

    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('sla-desk.case.'))
        .map((key) => JSON.parse(localStorage.getItem(key)!)),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].schema).toBe(2);
    expect(stored[0].data).toMatchObject({
      title: 'Checkout fails',
      description: 'The pay button spins forever.',
      contact_email: 'ola@example.com',
      classification: { priority: 'P2', clause: 1 },
      events: [{ type: 'submitted', priority: 'P2' }],
    });
    // Submitted when the result appeared (the fake clock starts at 15:30:00 in Oslo).
    expect(stored[0].data.events[0].at).toMatch(/^2026-12-04T14:30:0\d(\.\d+)?Z$/);
  });
});
