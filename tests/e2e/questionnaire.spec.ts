import { test, expect, accessibilityViolations } from './fixtures';
import { QuestionnairePage } from './pages/questionnaire';

// Section 1 of the SLA rules: every row ends in its priority and the clause that matched.
const rows: { answers: string[]; priority: string; clause: number }[] = [
  { answers: ['Something is broken', 'Production', 'We cannot reach or use the service at all'], priority: 'P1', clause: 1 },
  { answers: ['Something is broken', 'Production', 'It is usable, but transactions cannot be completed'], priority: 'P2', clause: 1 },
  { answers: ['Something is broken', 'Development or test system', 'It is not accessible or not operational'], priority: 'P2', clause: 2 },
  { answers: ['Something is broken', 'Production', 'Transactions complete, but performance'], priority: 'P3', clause: 1 },
  { answers: ['Something is broken', 'Development or test system', 'It is accessible, but a major functional loss'], priority: 'P3', clause: 2 },
  { answers: ['Something is broken', 'Production', 'Only a cosmetic or other minor error'], priority: 'P4', clause: 1 },
  { answers: ['Something is broken', 'Development or test system', 'Only a cosmetic or other minor error'], priority: 'P4', clause: 1 },
  { answers: ['A question about using the service'], priority: 'P4', clause: 2 },
  { answers: ['A feature that does not exist yet'], priority: 'P5', clause: 1 },
];

test.describe('the priority questionnaire', () => {
  for (const row of rows) {
    test(`${row.answers.join(' → ')} is ${row.priority}, clause ${row.clause}`, async ({ page }) => {
      const questionnaire = new QuestionnairePage(page);
      await questionnaire.open();
      await questionnaire.answerAll(row.answers);
      await expect(questionnaire.priorityBadge).toHaveText(row.priority);
      await expect(questionnaire.clause).toContainText(`Clause ${row.clause} of ${row.priority}`);
    });
  }

  test('shows progress, goes back, and the browser Back button walks the questions', async ({ page }) => {
    const questionnaire = new QuestionnairePage(page);
    await questionnaire.open();
    await expect(questionnaire.progress).toHaveText('Question 1 of 3');
    await questionnaire.answerAll(['Something is broken']);
    await expect(questionnaire.heading).toHaveText('Which system is affected?');
    await expect(questionnaire.progress).toHaveText('Question 2 of 3');
    await questionnaire.answerAll(['Production']);
    await page.goBack();
    await expect(questionnaire.heading).toHaveText('Which system is affected?');
    await page.goForward();
    await expect(questionnaire.heading).toHaveText('How is production affected?');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(questionnaire.heading).toHaveText('Which system is affected?');
  });

  test('a deep link opens the questionnaire at that step', async ({ page }) => {
    const questionnaire = new QuestionnairePage(page);
    await questionnaire.open('#/classify/broken/test');
    await expect(questionnaire.heading).toHaveText('How is the development or test system affected?');
    await expect(questionnaire.progress).toHaveText('Question 3 of 3');
  });

  test('a broken link says so and offers to start over', async ({ page }) => {
    await page.goto('/#/classify/broken/staging');
    await expect(page.getByRole('alert')).toContainText('"staging" is not an answer');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { name: 'What do you need help with?' })).toBeVisible();
  });

  test('can be completed with the keyboard alone', async ({ page }) => {
    const questionnaire = new QuestionnairePage(page);
    await questionnaire.open();
    // The focus moves to each new question; Tab reaches its answers, Enter chooses.
    for (const expected of ['Which system is affected?', 'How is production affected?']) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(questionnaire.heading).toHaveText(expected);
      await expect(questionnaire.heading).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(questionnaire.priorityBadge).toHaveText('P1');
  });

  test('no step has an accessibility violation, on a phone or a desktop', async ({ page }) => {
    for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(viewport);
      for (const hash of ['#/', '#/classify/broken', '#/classify/broken/production', '#/classify/broken/production/blocked']) {
        await page.goto(`/${hash}`);
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
        expect(await accessibilityViolations(page), `${hash} at ${viewport.width}px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(overflow, `${hash} scrolls sideways at ${viewport.width}px`).toBe(false);
      }
    }
  });
});
