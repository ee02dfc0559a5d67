import { expect, type Locator, type Page } from '@playwright/test';

/** The settings page: the policy editor, as an administrator uses it. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/#/settings');
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  /** The opening or closing time of one interval of a weekday ("Friday", 1, "closes"). */
  intervalEnd(day: string, interval: number, end: 'opens' | 'closes'): Locator {
    return this.page.getByLabel(`${day} interval ${interval} ${end}`, { exact: true });
  }

  get holidays(): Locator {
    return this.page.locator('#calendar-holidays li.holiday');
  }

  /** Adds a holiday on one date, with a name. */
  async addHoliday(name: string, date: string) {
    const count = await this.holidays.count();
    await this.page.getByRole('button', { name: 'Add holiday' }).click();
    await expect(this.holidays).toHaveCount(count + 1);
    const added = this.holidays.last();
    await added.getByLabel(`Holiday ${count + 1} name`).fill(name);
    await added.getByLabel(`Holiday ${count + 1} date`).fill(date);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save policy' }).click();
  }

  /** What came of the last save, reset, export or import. */
  get outcome(): Locator {
    return this.page.locator('.settings-form').getByRole('status');
  }

  /** The list of problems at the top of the form. */
  get problems(): Locator {
    return this.page.locator('#settings-problems');
  }
}
