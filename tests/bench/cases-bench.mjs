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

/** A fresh page whose storage holds the given entries, loaded at the case list. */
async function pageWithCases(entries, { fakeClock }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The fake clock starts at the real time; it replaces `performance` too, so the load marks
  // are read in a run without it.
  if (fakeClock) await page.clock.install();
  await page.goto(`${baseUrl}/#/`);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
  await page.evaluate(() => (location.hash = '#/cases'));
  await page.reload();
  await page.waitForSelector('.case-row', { timeout: 120_000 });
  return { context, page };
}

/** Milliseconds from navigation start to reading the cases, and to the first render. */
async function loadMarks(entries) {
  const { context, page } = await pageWithCases(entries, { fakeClock: false });
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      parse: at('sla-desk:cases-loaded') - at('sla-desk:cases-loading'),
      firstRender: at('sla-desk:first-render'),
    };
  });
  await context.close();
  return marks;
}

/**
 * Main-thread milliseconds of one countdown tick: the countdowns wake at each minute boundary,
 * so the page's clock jumps across one (firing each due timer once) while the browser's own
 * task time is read before and after. The same jump with nothing due, just before, is the cost
 * of measuring, and is subtracted. The median of several boundaries.
 */
async function oneTick(entries) {
  const { context, page } = await pageWithCases(entries, { fakeClock: true });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  // A task after the timers' work (MessageChannel is not faked), forcing the layout it caused.
  const settle = () =>
    page.evaluate(
      () =>
        new Promise((done) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(document.body.offsetHeight);
          channel.port2.postMessage(null);
        }),
    );
  const jump = async (milliseconds) => {
    const before = await taskSeconds();
    await page.clock.fastForward(milliseconds);
    await settle();
    return ((await taskSeconds()) - before) * 1000;
  };
  const ticks = [];
  for (let boundary = 0; boundary < 5; boundary++) {
    const toNextMinute = await page.evaluate(() => 60_000 - (Date.now() % 60_000));
    await page.clock.fastForward(toNextMinute - 20);
    await settle();
    const idle = await jump(10);
    ticks.push((await jump(20)) - idle);
  }
  await context.close();
  return median(ticks);
}

for (const storeFile of stores) {
  const entries = JSON.parse(readFileSync(storeFile, 'utf8'));
  const count = Object.keys(entries).length;
  const runs = [];
  for (let run = 0; run < 3; run++) {
    runs.push({ ...(await loadMarks(entries)), tick: await oneTick(entries) });
  }
  const figure = (name) => median(runs.map((run) => run[name])).toFixed(1);
  console.log(
    `${String(count).padStart(6)} cases: parse ${figure('parse')} ms, first render ${figure('firstRender')} ms after navigation start, one tick ${figure('tick')} ms (median of ${runs.length})`,
  );
}
await browser.close();
