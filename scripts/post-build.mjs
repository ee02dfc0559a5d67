// Trunk's post_build hook (Trunk.toml): finishes the build in TRUNK_STAGING_DIR before Trunk
// moves it to dist/. It
//   1. adds the web app manifest and its PNG icons,
//   2. puts a Content-Security-Policy in index.html that allows Trunk's inline loader by its
//      sha256 and nothing else inline,
//   3. writes the service worker, sw.js, with the list of files to precache and a version that
//      changes whenever any of those files does.
// Everything is derived from the files of this build, so nothing here needs editing when they
// change.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is unset).');
  process.exit(2);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest();
const source = (path) => readFileSync(join(root, path));
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// 1. Manifest. The colours are the stylesheet's, so the installed app's frame matches the page.
const css = source('styles/app.css').toString();
const colour = (property) => {
  const match = css.match(new RegExp(`${property}:\\s*(#[0-9a-fA-F]{3,8})`));
  if (!match) throw new Error(`styles/app.css has no ${property} colour`);
  return match[1];
};
const svgIcon = index.match(/<link rel="icon" href="\/?([^"]+\.svg)"/);
if (!svgIcon) throw new Error('index.html has no SVG icon link');
// PNGs as well as the SVG: not every platform that installs web apps takes an SVG icon.
const pngIcons = [192, 512].map((size) => {
  const bytes = source(`assets/icon-${size}.png`);
  const name = `icon-${size}-${sha256(bytes).toString('hex').slice(0, 16)}.png`;
  writeFileSync(join(staging, name), bytes);
  return { src: name, sizes: `${size}x${size}`, type: 'image/png' };
});
const manifest = {
  name: 'SLA Desk',
  short_name: 'SLA Desk',
  description: 'Find your incident\u2019s priority and the support deadlines it comes with.',
  // Relative, so the app installs from wherever the site puts it.
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: colour('--sla-accent'),
  background_color: colour('--sla-bg'),
  icons: [{ src: svgIcon[1], sizes: 'any', type: 'image/svg+xml' }, ...pngIcons],
};
writeFileSync(join(staging, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);

// 2. Content-Security-Policy. Trunk inlines its module loader, so scripts are allowed from this
// origin and by the hash of each inline script; 'wasm-unsafe-eval' lets WebAssembly compile and
// allows no JavaScript eval. `trunk serve` adds an inline reload script, which is hashed too.
const inlineScripts = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
if (inlineScripts.length === 0) throw new Error('index.html has no inline loader script');
const scriptHashes = inlineScripts.map((text) => `'sha256-${sha256(text).toString('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
// Right after <meta charset>, so that it applies before any script or stylesheet is seen.
const charset = index.match(/<meta charset="utf-8"\s*\/?>/i);
if (!charset) throw new Error('index.html has no <meta charset="utf-8">');
index = index.replace(charset[0], `${charset[0]}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
writeFileSync(indexPath, index);

// 3. Service worker: every file of the build is precached; the page under "./", the address it
// is installed and visited at.
function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield relative(staging, path);
  }
}
const precache = [...files(staging)].filter((path) => path !== 'sw.js');
const version = createHash('sha256');
for (const path of precache) version.update(`${path}\0`).update(sha256(readFileSync(join(staging, path))));
const header = [
  `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};`,
  `const PRECACHE = ${JSON.stringify(precache.map((path) => (path === 'index.html' ? './' : path)), null, 2)};`,
].join('\n');
writeFileSync(join(staging, 'sw.js'), `${header}\n\n${source('assets/service-worker.js')}`);
console.log(`post-build: manifest, CSP and sw.js (${precache.length} files precached)`);
