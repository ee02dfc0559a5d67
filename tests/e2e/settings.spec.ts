import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, accessibilityViolations } from './fixtures';
import { CasesPage } from './pages/cases';
import { QuestionnairePage } from './pages/questionnaire';
import { SettingsPage } from './pages/settings';

const P1 = 'broken/production/down';
// Section 6's first worked example: P1 submitted Friday 15:30 in Oslo.
const fridayAfternoon = new Date('2026-12-04T15:30:00+01:00');
const defaultP1Response = 'Mon 7 Dec 2026, 08:30';

/** The built-in policy as a site would publish it, to change and serve as policy.json. */
const builtInPolicy = () => JSON.parse(readFileSync(join(__dirname, 'fixtures', 'embed-policy.json'), 'utf8'));

async function initialResponseOfP1(page: import('@playwright/test').Page) {
  const result = new QuestionnairePage(page);
  await result.open(`#/classify/${P1}`);
  await expect(result.priorityBadge).toHaveText('P1');
  return page.locator('.commitment', { hasText: 'Initial response' }).locator('time').first();
}

test.describe('the policy editor', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: fridayAfternoon });
  });

  test('has no accessibility violations, with and without a problem shown', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    expect(await accessibilityViolations(page)).toEqual([]);
    await settings.intervalEnd('Friday', 1, 'closes').fill('25:00');
    await expect(settings.problems).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('longer Friday hours move the deadlines of the result and of a case saved before', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P1, 'Saved before the change');
    await expect(await initialResponseOfP1(page)).toHaveText(defaultP1Response);

    const settings = new SettingsPage(page);
    await settings.open();
    await expect(page.getByText('In use now: the default policy.')).toBeVisible();
    await settings.intervalEnd('Friday', 1, 'closes').fill('18:00');
    await settings.save();
    await expect(settings.outcome).toHaveText('Saved. The deadlines of every case follow the new policy.');
    await expect(page.getByText('In use now: the policy saved in this browser.')).toBeVisible();

    // 30 minutes were left on Friday; now there are 2 h 30.
    await expect(await initialResponseOfP1(page)).toHaveText('Fri 4 Dec 2026, 16:30');
    await cases.openList();
    await cases.openCase('Saved before the change');
    await expect(cases.clock('Initial response').locator('time').first()).toHaveText('Fri 4 Dec 2026, 16:30');

    // Saved in this browser: it still applies after a reload.
    await page.reload();
    await expect(await initialResponseOfP1(page)).toHaveText('Fri 4 Dec 2026, 16:30');
  });

  test('a holiday added on Monday moves the deadline to Tuesday', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.addHoliday('Company day', '2026-12-07');
    await settings.save();
    await expect(settings.outcome).toContainText('Saved.');
    await expect(await initialResponseOfP1(page)).toHaveText('Tue 8 Dec 2026, 08:30');
  });

  test('another team time zone: the deadline follows the team, and both times are shown', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await page.getByLabel('Support team time zone').fill('America/New_York');
    await settings.save();
    await expect(settings.outcome).toContainText('Saved.');
    // 15:30 in Oslo is 09:30 in New York, during the team's hours: one business hour later.
    const deadline = page.locator('.commitment', { hasText: 'Initial response' });
    await initialResponseOfP1(page);
    await expect(deadline.locator('time').first()).toHaveText('Fri 4 Dec 2026, 16:30');
    await expect(deadline.locator('.team-time')).toContainText('10:30');
  });

  test('input that does not read or breaks a rule is shown at its field, and nothing is saved', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const close = settings.intervalEnd('Friday', 1, 'closes');
    await close.fill('25:00');
    await expect(close).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#calendar-weekly-friday-0-close-error')).toHaveText(
      '"25:00" is not a time of day (write HH:MM, from 00:00 to 24:00)',
    );
    await page.getByLabel('Support team time zone').fill('Europe/Olso');
    await expect(page.locator('#calendar-time_zone-error')).toContainText('did you mean "Europe/Oslo"?');
    await expect(settings.problems.getByRole('listitem')).toHaveCount(2);

    await settings.save();
    await expect(page.getByRole('alert')).toHaveText('Not saved: fix the 2 problems listed at the top first.');
    await expect(settings.problems).toBeFocused();
    // A problem's link takes the keyboard to its field.
    await settings.problems.getByRole('link').first().click();
    await expect(close).toBeFocused();
    // What was typed stays, to be corrected; nothing applies meanwhile.
    await expect(close).toHaveValue('25:00');
    await expect(await initialResponseOfP1(page)).toHaveText(defaultP1Response);
  });

  test('a reversed interval is named at its row', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.intervalEnd('Monday', 1, 'closes').fill('07:00');
    await expect(page.locator('#calendar-weekly-monday-0-error')).toBeVisible();
    await expect(settings.problems).toContainText('calendar.weekly.monday[0]');
  });

  test('reset asks first, then the default applies again', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.intervalEnd('Friday', 1, 'closes').fill('18:00');
    await settings.save();
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(settings.intervalEnd('Friday', 1, 'closes')).toHaveValue('18:00');
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('button', { name: 'Yes, discard my policy and use the default' }).click();
    await expect(settings.outcome).toHaveText('The default policy applies again.');
    await expect(settings.intervalEnd('Friday', 1, 'closes')).toHaveValue('16:00');
    await expect(await initialResponseOfP1(page)).toHaveText(defaultP1Response);
  });

  test('export, change and import the policy: it applies once saved; a bad file changes nothing', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the policy in use (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sla-desk-policy.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.calendar.time_zone).toBe('Europe/Oslo');

    const importer = page.getByLabel('Import a policy (JSON) to check and save');
    await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1,') });
    await expect(page.getByRole('alert')).toContainText('Nothing was imported: the policy could not be read');
    await expect(settings.intervalEnd('Friday', 1, 'closes')).toHaveValue('16:00');

    exported.calendar.weekly.friday = [{ open: '08:00', close: '18:00' }];
    await importer.setInputFiles({ name: 'longer-fridays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(settings.outcome).toHaveText('Imported longer-fridays.json. Check it, then save to apply it.');
    await expect(settings.intervalEnd('Friday', 1, 'closes')).toHaveValue('18:00');
    await settings.save();
    await expect(settings.outcome).toContainText('Saved.');
    await expect(await initialResponseOfP1(page)).toHaveText('Fri 4 Dec 2026, 16:30');
  });
});

test.describe("the site's policy.json", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: fridayAfternoon });
  });

  test('when present, it is the default', async ({ page }) => {
    const policy = builtInPolicy();
    policy.calendar.weekly.friday = [{ open: '08:00', close: '18:00' }];
    await page.route('**/policy.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(policy) }));
    await expect(await initialResponseOfP1(page)).toHaveText('Fri 4 Dec 2026, 16:30');
    const settings = new SettingsPage(page);
    await settings.open();
    await expect(settings.intervalEnd('Friday', 1, 'closes')).toHaveValue('18:00');
  });

  for (const [kind, body, reason] of [
    ['not JSON', '<!DOCTYPE html><p>Not found</p>', 'the policy could not be read'],
    ['an unknown time zone', JSON.stringify({ ...builtInPolicy(), calendar: { ...builtInPolicy().calendar, time_zone: 'Mars/Olympus' } }), 'calendar.time_zone: unknown time zone "Mars/Olympus"'],
  ]) {
    test(`with ${kind}, it is reported in words and the built-in policy applies`, async ({ page }) => {
      await page.route('**/policy.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      const deadline = await initialResponseOfP1(page);
      await expect(page.getByText('The site\u2019s policy.json could not be used:')).toContainText(reason);
      await expect(page.getByText('The site\u2019s policy.json could not be used:')).toContainText('The built-in policy applies.');
      await expect(deadline).toHaveText(defaultP1Response);
    });
  }
});
