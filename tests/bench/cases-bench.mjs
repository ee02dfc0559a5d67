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

/**
 * When ticks are measured: a Tuesday at 10:00 in Oslo, within support hours, so the running
 * clocks of the generated cases (all of 2026) count down and their rows change every minute.
 */
const TICK_TIME = new Date('2026-12-08T09:00:00Z');

/** A fresh page whose storage holds the given entries, loaded at the case list. */
async function pageWithCases(entries, { fakeClock }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The fake clock replaces `performance` too, so the load marks are read in a run without it.
  if (fakeClock) await page.clock.install({ time: TICK_TIME });
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

/** Rendering work on the page's main thread, which follows the page's own script. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * Main-thread milliseconds of one countdown tick: the countdowns wake at each minute boundary,
 * so the page's clock jumps across one (firing each due timer once) under a trace. The tick's
 * cost is the time in the app's own script (calls into its JS and wasm) plus the style, layout
 * and paint that follow, forced before the trace ends; the harness's own script is not
 * counted. The median of several boundaries.
 */
async function oneTick(entries) {
  const { context, page } = await pageWithCases(entries, { fakeClock: true });
  // The app's script is the one Trunk preloads (the inline loader only imports it).
  const appScript = await page.evaluate(() => document.querySelector('link[rel=modulepreload]').href);
  const appScriptName = new URL(appScript).pathname.split('/').pop();
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
  const ticks = [];
  for (let boundary = 0; boundary < 7; boundary++) {
    const toNextMinute = await page.evaluate(() => 60_000 - (Date.now() % 60_000));
    await page.clock.fastForward(toNextMinute - 10);
    await settle();
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    await page.clock.fastForward(20);
    await settle();
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const main = traceEvents.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain');
    const onMain = traceEvents.filter(
      (event) => event.ph === 'X' && event.pid === main.pid && event.tid === main.tid,
    );
    const appCalls = onMain.filter(
      (event) => event.name === 'FunctionCall' && event.args?.data?.url?.endsWith(appScriptName),
    );
    // Calls nest (a callback calling back into the app): count only the outermost.
    const outermost = appCalls.filter(
      (call) => !appCalls.some((other) => other !== call && other.ts <= call.ts && call.ts + call.dur <= other.ts + other.dur),
    );
    const micros = [...outermost, ...onMain.filter((event) => RENDERING.has(event.name))].reduce(
      (sum, event) => sum + (event.dur ?? 0),
      0,
    );
    ticks.push(micros / 1000);
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
