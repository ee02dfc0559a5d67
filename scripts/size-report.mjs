// Prints every file in dist/ with its raw, gzip and brotli size, and the totals.
// With --budget-brotli=BYTES it exits 1 when the brotli total is over the budget.
// Everything in dist/ is fetched on the first visit, so the total is the first-load transfer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const budgetArg = process.argv.find((arg) => arg.startsWith('--budget-brotli='));
const budget = budgetArg ? Number(budgetArg.split('=')[1]) : null;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let listed;
try {
  listed = [...files(dist)];
} catch {
  console.error('dist/ is missing: build first with `trunk build --release`.');
  process.exit(2);
}

const rows = listed.map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
});
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const width = Math.max(5, ...rows.map((row) => row.file.length));
const line = (file, { raw, gzip, brotli }) =>
  `${file.padEnd(width)}  ${String(raw).padStart(10)}  ${String(gzip).padStart(10)}  ${String(brotli).padStart(10)}`;
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`);
for (const row of rows) console.log(line(row.file, row));
console.log(line('total', total));

if (budget !== null) {
  if (total.brotli > budget) {
    console.error(`Over budget: the first load is ${total.brotli} bytes brotli, the budget is ${budget}.`);
    process.exit(1);
  }
  console.log(`Within budget: ${total.brotli} of ${budget} bytes brotli.`);
}
