import { test, expect, accessibilityViolations } from './fixtures';

test.describe('the app shell', () => {
  test('loads with its title, header, navigation and version', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('SLA Desk');
    await expect(page.getByRole('banner').getByRole('link', { name: 'SLA Desk' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(/SLA Desk v\d+\.\d+\.\d+/);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('an unknown address says so and links back', async ({ page }) => {
    await page.goto('/#/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Classify an issue' }).click();
    await expect(page.getByRole('heading', { name: 'What do you need help with?' })).toBeVisible();
  });
});
