import { expect, type Locator, type Page } from '@playwright/test';

/** The case list and case detail pages. */
export class CasesPage {
  constructor(private readonly page: Page) {}

  /** Classifies an issue by its answer path and saves it as a case, as a customer would. */
  async createFromQuestionnaire(path: string, title: string) {
    // Through another page first, so that the same result twice is a fresh form.
    await this.page.goto('/#/cases');
    await this.page.goto(`/#/classify/${path}`);
    await this.page.getByLabel('Title (required)').fill(title);
    await this.page.getByRole('button', { name: 'Save as case' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Saved as case' })).toBeVisible();
  }

  async openList() {
    await this.page.goto('/#/cases');
    await expect(this.page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  }

  row(title: string): Locator {
    return this.page.locator('.case-row', { hasText: title });
  }

  async openCase(title: string) {
    await this.row(title).getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(title);
  }

  clock(name: string): Locator {
    return this.page.locator('.commitment', { hasText: name });
  }

  async record(button: string, when?: string) {
    if (when) await this.page.getByLabel('When (your time; leave empty for now)').fill(when);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  get timeline(): Locator {
    return this.page.locator('.timeline');
  }

  get problem(): Locator {
    return this.page.locator('#event-problem');
  }

  /** The cases in localStorage, as stored. */
  async stored(): Promise<{ schema: number; data: any }[]> {
    return this.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('sla-desk.case.'))
        .sort()
        .map((key) => JSON.parse(localStorage.getItem(key)!)),
    );
  }
}
