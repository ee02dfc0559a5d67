import { test, expect, accessibilityViolations } from './fixtures';
import { QuestionnairePage } from './pages/questionnaire';

// A path through the questionnaire for each priority.
const pathTo: Record<string, string> = {
  P1: '#/classify/broken/production/down',
  P2: '#/classify/broken/production/blocked',
  P3: '#/classify/broken/production/degraded',
  P4: '#/classify/question',
  P5: '#/classify/feature',
};

// Section 6 of the SLA rules: submitted (Oslo time), priority, and the three deadlines as the
// result page shows them in Oslo time; null where the priority has no such clock.
const workedExamples: [string, string, string, string | null, string | null][] = [
  ['2026-12-04T15:30:00+01:00', 'P1', 'Mon 7 Dec 2026, 08:30', 'Mon 7 Dec 2026, 08:30', 'Mon 7 Dec 2026, 11:30'],
  ['2026-12-04T15:30:00+01:00', 'P2', 'Mon 7 Dec 2026, 09:30', 'Mon 7 Dec 2026, 11:30', 'Mon 7 Dec 2026, 15:30'],
  ['2026-12-04T15:30:00+01:00', 'P3', 'Mon 7 Dec 2026, 11:30', 'Tue 8 Dec 2026, 15:30', 'Fri 11 Dec 2026, 15:30'],
  ['2026-12-04T15:30:00+01:00', 'P4', 'Mon 7 Dec 2026, 15:30', null, null],
  ['2026-12-04T18:00:00+01:00', 'P2', 'Mon 7 Dec 2026, 10:00', 'Mon 7 Dec 2026, 12:00', 'Mon 7 Dec 2026, 16:00'],
  ['2026-04-01T15:00:00+02:00', 'P1', 'Wed 1 Apr 2026, 16:00', 'Wed 1 Apr 2026, 16:00', 'Tue 7 Apr 2026, 11:00'],
  ['2026-04-01T15:00:00+02:00', 'P2', 'Tue 7 Apr 2026, 09:00', 'Tue 7 Apr 2026, 11:00', 'Tue 7 Apr 2026, 15:00'],
  ['2026-03-27T15:30:00+01:00', 'P3', 'Mon 30 Mar 2026, 11:30', 'Tue 31 Mar 2026, 15:30', 'Fri 3 Apr 2026, 15:30'],
  ['2026-05-13T15:59:00+02:00', 'P4', 'Fri 15 May 2026, 15:59', null, null],
];

const clocks = ['Initial response', 'Actions to resolve commence', 'First update'];

test.describe('the result, in Oslo', () => {
  for (const [submitted, priority, ...deadlines] of workedExamples) {
    test(`${priority} submitted ${submitted} shows the worked example's deadlines`, async ({ page }) => {
      await page.clock.install({ time: new Date(submitted) });
      const result = new QuestionnairePage(page);
      await result.open(pathTo[priority]);
      await expect(result.priorityBadge).toHaveText(priority);
      for (const [index, expected] of deadlines.entries()) {
        const row = page.locator('.commitment', { hasText: clocks[index] });
        if (expected === null) {
          await expect(row).toContainText('No deadline');
        } else {
          await expect(row.locator('time')).toHaveText(expected);
          // Seen from Oslo, there is no second time to show.
          await expect(row.locator('.team-time')).toHaveCount(0);
        }
      }
    });
  }

  test('says when support is closed and when the clocks start', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T18:00:00+01:00') });
    await page.goto(`/${pathTo.P2}`);
    await expect(page.locator('.support-hours')).toHaveText(
      'Support is closed now. Support opens Monday 08:00 (Oslo), and the clocks start then.',
    );
  });

  test('says support is open during business hours', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T10:00:00+01:00') });
    await page.goto(`/${pathTo.P2}`);
    await expect(page.locator('.support-hours')).toHaveText('Support is open now: the clocks have started.');
  });

  test('every deadline is a machine-readable time in UTC', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T15:30:00+01:00') });
    await page.goto(`/${pathTo.P1}`);
    await expect(page.locator('.commitment time').first()).toHaveAttribute('datetime', '2026-12-07T07:30:00Z');
  });

  test('the countdown runs with the clock', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T10:00:00+01:00') });
    await page.goto(`/${pathTo.P1}`);
    const countdown = page.locator('.commitment', { hasText: 'Initial response' }).locator('.countdown');
    await expect(countdown).toHaveText('in 1 h');
    await page.clock.runFor(30 * 60 * 1000);
    await expect(countdown).toHaveText('in 30 min');
    await page.clock.runFor(45 * 60 * 1000);
    await expect(countdown).toHaveText('15 min ago');
  });

  test('P5 says what happens instead of deadlines', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T10:00:00+01:00') });
    await page.goto(`/${pathTo.P5}`);
    await expect(page.locator('.commitments')).not.toContainText(/\d\d:\d\d/);
    await expect(page.locator('.commitment', { hasText: 'Initial response' })).toContainText('logged and evaluated');
  });

  test('the result has no accessibility violations', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T18:00:00+01:00') });
    await page.goto(`/${pathTo.P2}`);
    await expect(page.locator('.commitments')).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

test.describe('the result, in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('local times shift and the support team\'s times stay', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T15:30:00+01:00') });
    await page.goto(`/${pathTo.P2}`);
    const initial = page.locator('.commitment', { hasText: 'Initial response' });
    await expect(initial.locator('time')).toHaveText('Mon 7 Dec 2026, 03:30');
    await expect(initial.locator('.team-time')).toHaveText('(Mon 7 Dec 2026, 09:30 in Oslo)');
    await expect(initial.locator('time')).toHaveAttribute('datetime', '2026-12-07T08:30:00Z');
  });
});
