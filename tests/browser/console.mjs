// The staff console in the browser: sign in with password and a TOTP code (computed
// here, RFC 6238), then axe-core (WCAG 2.1 A/AA) on the queue and on a case page.
//
//   CONSOLE_NAME=… CONSOLE_PASSWORD=… CONSOLE_SECRET=<base32> node console.mjs http://127.0.0.1:PORT
//
// Prints one line per check and closes with `N passed, M failed`.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Tally, baseUrlFromArgs, keepLocal, launch, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('console.mjs');
const { CONSOLE_NAME, CONSOLE_PASSWORD, CONSOLE_SECRET } = process.env;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
watchdog(3 * 60_000, 'console.mjs');
const tally = new Tally();

/** RFC 4648 base32 → bytes. */
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The current 6-digit TOTP code (SHA-1, 30 s). */
function totp(secret) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

async function axe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} [${v.impact}] ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

if (!CONSOLE_NAME || !CONSOLE_PASSWORD || !CONSOLE_SECRET) {
  console.log('FAIL console: CONSOLE_NAME, CONSOLE_PASSWORD and CONSOLE_SECRET are needed');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const browser = await launch();
try {
  // The page's CSP forbids inline scripts; axe is injected inline, so bypassCSP.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  await keepLocal(context, BASE);
  const page = await context.newPage();

  await tally.check('an enquiry is sent through the public form', async () => {
    await page.goto(`${BASE}/sv/enquiry`);
    await page.fill('#i-message', 'Jag vill ha hjälp att lämna.');
    await page.check('input[name=threat][value=serious]');
    await page.click('button[type=submit]');
    return page.url().includes('/sv/enquiry/sent/') ? true : [`ended on ${page.url()}`];
  });

  await tally.check('the handler signs in with password and code', async () => {
    await page.goto(`${BASE}/console/sign-in`);
    await page.fill('#i-name', CONSOLE_NAME);
    await page.fill('#i-password', CONSOLE_PASSWORD);
    await page.fill('#i-code', totp(CONSOLE_SECRET));
    await page.click('button[type=submit]');
    return new URL(page.url()).pathname === '/console/' ? true : [`ended on ${page.url()}`];
  });

  await tally.check('axe /console/ (the queue)', async () => {
    const v = await axe(page);
    return v.length ? v : true;
  });

  await tally.check('axe /console/cases/{id} (a case)', async () => {
    await page.click('table.queue a');
    if (!page.url().includes('/console/cases/')) return [`ended on ${page.url()}`];
    const v = await axe(page);
    return v.length ? v : true;
  });

  await tally.check('a handler is refused the audit log (403)', async () => {
    const response = await page.goto(`${BASE}/console/audit`);
    return response.status() === 403 ? true : [`status ${response.status()}`];
  });
  await context.close();
} finally {
  await browser.close();
}
process.exit(tally.finish());
