// The same bundle and timing as node.mjs, in Debian's headless Chromium (the real target).
// Serves page.html, measure.js and the bundle on 127.0.0.1, opens the page, prints what it posts back.
// Run from the repository root, on one core (Chromium's processes inherit the pinning):
//   taskset -c 0 node bench/crypto/js/chromium.mjs [rounds]
// CHROMIUM overrides /usr/bin/chromium, ELECTION_CRYPTO_BUNDLE the bundle's path.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report } from './measure.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bundle =
  process.env.ELECTION_CRYPTO_BUNDLE ??
  here('../../../voting-web/target/election-crypto/resources/js/election-crypto.js');
const rounds = Number(process.argv[2] ?? 200);
const files = {
  '/page.html': [here('./page.html'), 'text/html'],
  '/measure.js': [here('./measure.js'), 'text/javascript'],
  '/election-crypto.js': [bundle, 'text/javascript'],
};

let settle;
const posted = new Promise((resolve) => (settle = resolve));
const server = createServer((req, res) => {
  // Cross-origin isolation: Chromium's performance.now() then ticks in microseconds, not 100 us.
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
  const path = new URL(req.url, 'http://localhost').pathname;
  if (req.method === 'POST' && path === '/result') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.end();
      settle(JSON.parse(body));
    });
    return;
  }
  const file = files[path];
  if (!file) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.setHeader('Content-Type', file[1]);
  res.end(readFileSync(file[0]));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
const browser = spawn(
  process.env.CHROMIUM ?? '/usr/bin/chromium',
  [
    '--headless=new',
    '--no-sandbox', // Chromium refuses to start its sandbox as root in a container
    '--disable-gpu',
    '--no-first-run',
    '--disable-extensions',
    `--user-data-dir=${profile}`,
    `http://127.0.0.1:${server.address().port}/page.html?rounds=${rounds}`,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
let stderr = '';
browser.stderr.on('data', (chunk) => (stderr += chunk));
const exited = new Promise((resolve) => browser.on('exit', resolve));
const timeout = setTimeout(() => settle({ error: 'no result within 10 minutes' }), 600_000);

const answer = await Promise.race([
  posted,
  exited.then((code) => ({ error: `chromium exited (${code}) before posting:\n${stderr}` })),
]);
clearTimeout(timeout);
browser.kill();
await exited;
server.close();
rmSync(profile, { recursive: true, force: true });
if (answer.error) {
  console.error(answer.error);
  process.exit(1);
}
console.log(
  report(
    answer.results,
    `${answer.userAgent}\ncross-origin isolated: ${answer.isolated}, ${answer.rounds} rounds`,
  ),
);
