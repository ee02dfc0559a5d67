// Measures the case list with many stored cases in headless Chromium (a benchmark, not a test):
// the time to read and parse the stored cases, to the first render, and the main-thread cost of
// one countdown tick. Usage: node tests/bench/cases-bench.mjs <base-url> <store.json>...
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [baseUrl, ...stores] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const storeFile of stores) {
  const entries = JSON.parse(readFileSync(storeFile, 'utf8'));
  const count = Object.keys(entries).length;
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/about-blank-for-seeding`);
    await page.evaluate((entries) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, entries);
    await page.goto(`${baseUrl}/#/cases`);
    await page.waitForSelector('.case-row');
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return {
        parse: at('sla-desk:cases-loaded') - at('sla-desk:cases-loading'),
        firstRender: at('sla-desk:first-render'),
      };
    });
    // Main-thread time spent while the page only ticks its countdowns, per second.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
    const before = await taskTime();
    const seconds = 5;
    await page.waitForTimeout(seconds * 1000);
    const tick = ((await taskTime()) - before) * 1000 / seconds;
    runs.push({ ...marks, tick });
    await context.close();
  }
  const figure = (name) => median(runs.map((run) => run[name])).toFixed(1);
  console.log(
    `${String(count).padStart(6)} cases: parse ${figure('parse')} ms, first render ${figure('firstRender')} ms after navigation start, one tick ${figure('tick')} ms (median of ${runs.length})`,
  );
}
await browser.close();
