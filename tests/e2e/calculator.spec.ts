import { test, expect, accessibilityViolations } from './fixtures';

test.describe('the SLA calculator', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T10:00:00+01:00') });
  });

  test('is in the navigation and starts at now', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'SLA calculator' }).click();
    await expect(page.getByRole('heading', { name: 'SLA calculator' })).toBeVisible();
    await expect(page.getByLabel('Submitted at (your time)')).toHaveValue('2026-12-07T10:00');
    await expect(page.locator('.commitment', { hasText: 'Initial response' }).locator('time')).toHaveText(
      'Mon 7 Dec 2026, 12:00',
    );
  });

  test('shows the deadlines of a chosen priority and time, and keeps them in the address', async ({ page }) => {
    await page.goto('/#/calculator');
    await page.getByLabel('Priority').selectOption('P3');
    await page.getByLabel('Submitted at (your time)').fill('2026-03-27T15:30');
    const row = (name: string) => page.locator('.commitment', { hasText: name }).locator('time');
    await expect(row('Initial response')).toHaveText('Mon 30 Mar 2026, 11:30');
    await expect(row('Actions to resolve commence')).toHaveText('Tue 31 Mar 2026, 15:30');
    await expect(row('First update')).toHaveText('Fri 3 Apr 2026, 15:30');
    await expect(page).toHaveURL(/#\/calculator\/P3\/2026-03-27T15:30$/);

    await page.reload();
    await expect(row('Initial response')).toHaveText('Mon 30 Mar 2026, 11:30');
  });

  test('a time that daylight saving skips gets a clear message', async ({ page }) => {
    await page.goto('/#/calculator/P1/2026-03-29T02:30');
    await expect(page.getByRole('alert')).toContainText('does not exist in your time zone');
    await expect(page.locator('.commitments')).toHaveCount(0);
  });

  test('a link with a priority that does not exist says so', async ({ page }) => {
    await page.goto('/#/calculator/P9/2026-12-07T10:00');
    await expect(page.getByRole('alert')).toContainText('"P9" is not a priority (P1 to P5)');
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/#/calculator/P2/2026-12-04T18:00');
    await expect(page.locator('.commitments')).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
