import { expect, type Locator, type Page } from '@playwright/test';

/** The priority questionnaire and its result, as a customer sees them. */
export class QuestionnairePage {
  constructor(private readonly page: Page) {}

  async open(hash = '#/') {
    await this.page.goto(`/${hash}`);
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  get progress(): Locator {
    return this.page.locator('.progress');
  }

  answer(label: string): Locator {
    return this.page.getByRole('button', { name: label });
  }

  /** Chooses each answer in turn, checking that a new question (or the result) appears. */
  async answerAll(labels: string[]) {
    for (const label of labels) {
      const before = await this.heading.textContent();
      await this.answer(label).click();
      await expect(this.heading).not.toHaveText(before ?? '');
    }
  }

  get priorityBadge(): Locator {
    return this.page.locator('.result .priority-badge');
  }

  get clause(): Locator {
    return this.page.locator('.result .clause');
  }

  /** The deadline of a commitment ("Initial response", ...), as shown. */
  deadline(name: string): Locator {
    return this.page.locator('.commitments > div', { hasText: name }).locator('time').first();
  }
}
