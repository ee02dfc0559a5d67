import { readFileSync } from 'node:fs';
import { test, expect, accessibilityViolations } from './fixtures';
import { CasesPage } from './pages/cases';

const P1 = 'broken/production/down';
const P2 = 'broken/production/blocked';

test.describe('the case tracker', () => {
  test('an empty list tells a first-time user what to do', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.openList();
    await expect(page.locator('.empty')).toContainText('No cases yet');
    await page.getByRole('link', { name: 'Classify an issue' }).last().click();
    await expect(page.getByRole('heading', { name: 'What do you need help with?' })).toBeVisible();
  });

  test('a saved case is listed, survives a reload, and opens', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T10:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Checkout fails');
    await cases.openList();
    await page.reload();
    const row = cases.row('Checkout fails');
    await expect(row.locator('.priority-badge')).toHaveText('P2');
    await expect(row.locator('.case-urgent')).toContainText('Initial response');
    await expect(row.locator('.case-urgent time')).toHaveText('Mon 7 Dec 2026, 12:00');
    await cases.openCase('Checkout fails');
    await expect(cases.clock('Initial response').locator('.status-badge')).toHaveText('on track: 2 h left');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('every event type can be recorded, and impossible ones are refused in words', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T09:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P1, 'Site down');
    await page.clock.runFor(10 * 60 * 1000);
    await cases.openList();
    await cases.openCase('Site down');

    await cases.record('First response received', '2026-12-07T08:00');
    await expect(cases.problem).toContainText('before');
    await cases.record('First response received', '2026-12-07T09:05');
    await cases.record('Work started');
    await cases.record('Update received');
    await cases.record('Waiting on customer');
    await cases.record('Resumed');
    await page.getByLabel('New priority').selectOption('P2');
    await page.getByLabel('Reason for the change').fill('A workaround exists');
    await page.getByRole('button', { name: 'Change priority' }).click();
    await page.getByLabel('Note').fill('Customer confirmed the workaround');
    await page.getByRole('button', { name: 'Add note' }).click();
    await cases.record('Resolved');
    await cases.record('Reopened');
    await cases.record('Resolved');
    await cases.record('Closed');
    await expect(cases.problem).toHaveText('');

    const timeline = cases.timeline;
    for (const text of [
      'Submitted as P1', 'First response received', 'Work started', 'Update received', 'Waiting on customer',
      'Resumed', 'Priority changed to P2: A workaround exists', 'Note: Customer confirmed the workaround',
      'Resolved', 'Reopened', 'Closed',
    ]) {
      await expect(timeline).toContainText(text);
    }
    await expect(page.getByRole('button', { name: 'Work started' })).toHaveCount(0);
    await page.reload();
    await expect(cases.timeline.locator('li')).toHaveCount(12);
  });

  test('deadlines and statuses move with the clock: on track, at risk, breached, then met', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T09:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P1, 'Login broken');
    await cases.openList();
    await cases.openCase('Login broken');
    const status = cases.clock('Initial response').locator('.status-badge');
    await expect(status).toHaveText('on track: 1 h left');
    await page.clock.runFor(50 * 60 * 1000);
    await expect(status).toHaveText('at risk: 10 min left');
    await page.clock.runFor(20 * 60 * 1000);
    await expect(status).toHaveText('breached by 10 min');
    await cases.record('First response received');
    await expect(status).toHaveText('breached by 10 min');
    await expect(cases.clock('Actions to resolve commence').locator('.status-badge')).toHaveText('breached by 10 min');
    await cases.record('Work started', '2026-12-07T09:55');
    await expect(cases.problem).toContainText('before');
  });

  test('a clock stopped in time is met', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T09:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Slow reports');
    await page.clock.runFor(30 * 60 * 1000);
    await cases.openList();
    await cases.openCase('Slow reports');
    await cases.record('First response received');
    await expect(cases.clock('Initial response').locator('.status-badge')).toHaveText('met');
  });

  test('filters, search and sorting by the next deadline', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T09:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Second urgent');
    await cases.createFromQuestionnaire(P1, 'Most urgent');
    await cases.createFromQuestionnaire('feature', 'Dark mode please');
    await cases.openList();
    const titles = page.locator('.case-row .case-title');
    await expect(titles).toHaveText(['Most urgent', 'Second urgent', 'Dark mode please']);
    await page.getByLabel('Priority').selectOption('P2');
    await expect(titles).toHaveText(['Second urgent']);
    await page.getByLabel('Priority').selectOption('');
    await page.getByLabel('Search').fill('dark');
    await expect(titles).toHaveText(['Dark mode please']);
    await page.getByLabel('Search').fill('');
    await page.clock.runFor(50 * 60 * 1000);
    await page.reload();
    await page.getByLabel('Only at risk or breached').check();
    await expect(titles).toHaveText(['Most urgent']);
  });

  test('a row out of view is brought up to date as it scrolls into view', async ({ page }) => {
    // Forty P1 outages are due first; the P3 case is the last row, well below the fold.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      const submitted = (id: string, title: string, priority: string) =>
        localStorage.setItem(
          `sla-desk.case.${id}`,
          JSON.stringify({ schema: 1, data: { id, title, events: [{ at: '2026-12-07T08:00:00Z', type: 'submitted', priority }] } }),
        );
      for (let n = 1; n <= 40; n++) submitted(`C-${n}`, n === 1 ? 'First outage' : `Outage ${n}`, 'P1');
      submitted('C-far', 'Slow exports', 'P3');
    });
    await page.clock.install({ time: new Date('2026-12-07T09:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.openList();
    const far = cases.row('Slow exports').locator('.case-urgent .status-badge');
    await expect(far).toHaveText('on track: 4 h left');
    await page.clock.runFor(210 * 60 * 1000);
    await expect(cases.row('First outage').locator('.case-urgent .status-badge')).toHaveText('breached by 2 h 30 min');
    await cases.row('Slow exports').scrollIntoViewIfNeeded();
    await expect(far).toHaveText('at risk: 30 min left');
  });

  test('delete, then undo', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Mistake');
    await cases.openList();
    await cases.openCase('Mistake');
    await page.getByRole('button', { name: 'Delete case' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
    expect(await cases.stored()).toHaveLength(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(cases.row('Mistake')).toBeVisible();
    expect(await cases.stored()).toHaveLength(1);
  });
});

test.describe('safe storage', () => {
  const good = {
    schema: 1,
    data: {
      id: 'C-good', title: 'Readable case', events: [{ at: '2026-12-07T08:00:00Z', type: 'submitted', priority: 'P3' }],
    },
  };

  test('unreadable records are kept aside, offered for download, and the rest loads', async ({ page }) => {
    await page.addInitScript((good) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem('sla-desk.case.C-good', JSON.stringify(good));
      localStorage.setItem('sla-desk.case.C-corrupt', '{"schema":1,"data":{"id":');
      localStorage.setItem('sla-desk.case.C-future', JSON.stringify({ schema: 99, data: {} }));
      localStorage.setItem('sla-desk.case.C-invalid', JSON.stringify({ schema: 1, data: { id: 'C-invalid', title: '', events: [] } }));
    }, good);
    const cases = new CasesPage(page);
    await cases.openList();
    await expect(cases.row('Readable case')).toBeVisible();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText('3 stored records could not be read');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download unreadable records' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved.map((record: any) => record.stored)).toContain('{"schema":1,"data":{"id":');

    await page.reload();
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await page.reload();
    await expect(cases.row('Readable case')).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('a full storage keeps the change on the page, says so, and stores it on retry', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as any).storageFull) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Kept anyway');
    await cases.openList();
    await cases.openCase('Kept anyway');
    await page.evaluate(() => ((window as any).storageFull = true));
    await cases.record('First response received');
    await expect(page.getByRole('alert').filter({ hasText: 'storage for this site is full' })).toBeVisible();
    await expect(cases.timeline).toContainText('First response received');
    await page.evaluate(() => ((window as any).storageFull = false));
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'full' })).toHaveCount(0);
    await page.reload();
    await expect(cases.timeline).toContainText('First response received');
  });

  test('two tabs editing different cases both keep their edits, and see each other live', async ({ context }) => {
    const first = await context.newPage();
    const firstCases = new CasesPage(first);
    await firstCases.createFromQuestionnaire(P2, 'Case A');
    await firstCases.createFromQuestionnaire(P2, 'Case B');
    const second = await context.newPage();
    const secondCases = new CasesPage(second);
    await firstCases.openList();
    await firstCases.openCase('Case A');
    await secondCases.openList();
    await secondCases.openCase('Case B');

    await firstCases.record('First response received');
    await secondCases.record('Work started');

    await secondCases.openList();
    await secondCases.openCase('Case A');
    await expect(secondCases.timeline).toContainText('First response received');
    await first.reload();
    await firstCases.openList();
    await firstCases.openCase('Case B');
    await expect(firstCases.timeline).toContainText('Work started');
  });
});

test.describe('export and import', () => {
  test('JSON export then import into an empty browser gives the same cases', async ({ page, context }) => {
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P1, 'Export me, "quoted", ø');
    await cases.openList();
    await cases.openCase('Export me');
    await cases.record('First response received');
    await cases.openList();
    const before = await cases.stored();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const file = await download.path();

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('.empty')).toBeVisible();
    await page.getByLabel('Import cases from a JSON export').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: '1 case added' })).toBeVisible();
    expect(await cases.stored()).toEqual(before);
  });

  test('a bad import file is rejected with nothing changed', async ({ page }) => {
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Stays as it is');
    await cases.openList();
    const before = await cases.stored();
    await page.getByLabel('Import cases from a JSON export').setInputFiles({
      name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"ours"}'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeVisible();
    expect(await cases.stored()).toEqual(before);
  });

  test('CSV and ICS exports download with the case in them', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-07T10:00:00+01:00') });
    const cases = new CasesPage(page);
    await cases.createFromQuestionnaire(P2, 'Calendar me');
    await cases.openList();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('Calendar me');
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export deadlines (ICS)' }).click()]);
    const calendar = readFileSync(await ics.path(), 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('DTSTART:20261207T110000Z');
    expect(calendar).toContain('Calendar me');
  });
});
