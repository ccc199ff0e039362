// The anonymous chat in the browser. Starts two servers of its own (the chat's hours are
// configuration, so the shared server's answer depends on the time of day): one open
// around the clock, one closed today and tomorrow. Checks, with axe-core (WCAG 2.1 A/AA):
// the pre-chat step (also its error state), the chat page while waiting and the
// closed-hours page in all ten languages; then a chat with JavaScript (the typed message
// appears, a handler's reply — sent over HTTP by a handler signed in with password and
// TOTP — appears live without a reload, and when the handler ends the chat the transcript
// leaves the page and the address the history), and one without JavaScript (post, then
// refresh shows the conversation; after the end the address answers 410 and shows
// nothing of it).
//
//   CHAT_SERVER_BIN=target/debug/kontaktpunkt node chat.mjs http://127.0.0.1:PORT
//
// BASE_URL is the shared test server (only checked to answer /sv/chat). Prints one line
// per check and closes with `N passed, M failed`.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LANGS, RTL, Tally, axeViolations, baseUrlFromArgs, launch, totp, watchdog } from './lib.mjs';

const SHARED = baseUrlFromArgs('chat.mjs');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = process.env.CHAT_SERVER_BIN;
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'HOLIDAYS'];
watchdog(8 * 60_000, 'chat.mjs');
const tally = new Tally();

if (!BIN) {
  console.log('FAIL chat: CHAT_SERVER_BIN (the kontaktpunkt binary) is needed');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// --- Servers of our own ---------------------------------------------------------------
const TMP = mkdtempSync(join(tmpdir(), 'kp-chat-'));
const DATA_KEY = randomBytes(32).toString('base64');
const children = [];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** The environment of a server of ours: nothing inherited from KONTAKTPUNKT_*. */
function serverEnv(name, hours) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('KONTAKTPUNKT_')) env[k] = v;
  env.KONTAKTPUNKT_DATABASE_URL = `sqlite://${join(TMP, `${name}.db`)}`;
  env.KONTAKTPUNKT_DATA_DIR = join(TMP, `${name}-data`);
  env.KONTAKTPUNKT_DATA_KEY = DATA_KEY;
  env.KONTAKTPUNKT_LOG__LEVEL = 'warn';
  // Many people from one address: the flood limits (tests/api/floods.rs) get room.
  for (const k of ['INTAKE_PER_CLIENT', 'INTAKE_GLOBAL_PER_MINUTE', 'OPEN_CHATS_PER_CLIENT',
    'SIGN_IN_PER_CLIENT_PER_MINUTE', 'SIGN_IN_GLOBAL_PER_MINUTE']) env[`KONTAKTPUNKT_LIMITS__${k}`] = '100000';
  for (const [k, v] of Object.entries(hours)) env[`KONTAKTPUNKT_CHAT__${k}`] = v;
  return env;
}

async function startServer(name, hours) {
  const port = await freePort();
  const env = { ...serverEnv(name, hours), KONTAKTPUNKT_LISTEN: `127.0.0.1:${port}`, KONTAKTPUNKT_OPS_LISTEN: "127.0.0.1:0" };
  const child = spawn(BIN, ['serve', '--dev'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => {
    log = (log + d).slice(-4000);
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) return { base, env };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the ${name} server did not become ready: ${log}`);
}

function stopServers() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
process.on('exit', () => {
  stopServers();
  rmSync(TMP, { recursive: true, force: true });
});
// browser-test.sh stops a test with a signal: stop our servers too.
process.on('SIGTERM', () => process.exit(143));
process.on('SIGINT', () => process.exit(130));

/** Today and tomorrow in Stockholm, `YYYY-MM-DD`. */
function stockholmDays() {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return [today, tomorrow];
}

const allDay = Object.fromEntries(DAYS.map((d) => [d, '["00:00-24:00"]']));
const [today, tomorrow] = stockholmDays();

// --- Staff over HTTP ------------------------------------------------------------------
const csrfOf = (html) => (html.match(/name="_csrf" value="([^"]*)"/) || [])[1];

/** A handler's HTTP session with its own cookie jar. */
class Staff {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }
  async request(path, init = {}) {
    const headers = { ...(init.headers || {}) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  }
  get(path) {
    return this.request(path);
  }
  /** Posts a form with the CSRF token of `formPath`. */
  async post(formPath, action, fields = {}) {
    const page = await this.get(formPath);
    const body = new URLSearchParams({ _csrf: csrfOf(page.body) || '', ...fields });
    return this.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }
  async signIn(name, password, secret) {
    const answer = await this.post('/console/sign-in', '/console/sign-in', { name, password, code: totp(secret) });
    if (answer.status !== 303) throw new Error(`sign-in answered ${answer.status}`);
  }
  /** The ids of the chats waiting on the console's list. */
  async waiting() {
    const page = await this.get('/console/chats');
    return [...new Set([...page.body.matchAll(/action="\/console\/chats\/([^/"]+)\/accept"/g)].map((m) => m[1]))];
  }
}

const axe = axeViolations;

/** Lang, dir and axe of the loaded page; problems as lines. */
async function pageProblems(page, tag) {
  const problems = [];
  const { lang, dir } = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir') || 'ltr',
  }));
  if (lang !== tag) problems.push(`<html lang="${lang}">, expected "${tag}"`);
  if (dir !== (RTL.has(tag) ? 'rtl' : 'ltr')) problems.push(`<html dir="${dir}"> in ${tag}`);
  return problems.concat(await axe(page));
}

/** Aborts every request that goes to none of `bases` (lib.mjs's keepLocal takes one). */
async function keepTo(context, bases) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (bases.some((b) => url === b || url.startsWith(`${b}/`))) return route.continue();
    if (url.startsWith('data:') || url.startsWith('about:')) return route.continue();
    return route.abort('blockedbyclient');
  });
}

const result = (problems) => (problems.length ? problems : true);

/** Resolves with the first frame the page's chat WebSocket receives. */
function firstFrame(page) {
  return new Promise((ok) => {
    page.on('websocket', (ws) => {
      if (ws.url().includes('/chat/')) ws.once('framereceived', () => ok(ws));
    });
  });
}

const browser = await launch();
try {
  // Chromium exists and the servers start before any check counts.
  const open = await startServer('open', { ...allDay });
  const closed = await startServer('closed', { ...allDay, CLOSED_DATES: `["${today}", "${tomorrow}"]` });

  const password = `chat handler passphrase ${randomBytes(6).toString('hex')}`;
  const added = execFileSync(BIN, ['user', 'add', '--role', 'handler', '--name', 'chat-handler'], {
    cwd: ROOT,
    env: open.env,
    input: `${password}\n`,
    encoding: 'utf8',
  });
  const secret = (added.match(/secret \(base32\): *(\S+)/) || [])[1];
  const staff = new Staff(open.base);

  await tally.check('the shared server answers /sv/chat (open or closed, as the clock says)', async () => {
    const res = await fetch(`${SHARED}/sv/chat`);
    return res.status === 200 ? true : [`status ${res.status}`];
  });
  await tally.check('a handler signs in over HTTP with password and TOTP', async () => {
    if (!secret) return ['`user add` printed no secret'];
    await staff.signIn('chat-handler', password, secret);
    return true;
  });

  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  await keepTo(context, [open.base, closed.base]);

  // --- With JavaScript: a live chat -------------------------------------------------
  const page = await context.newPage();
  const live = firstFrame(page);
  let chatPath = '';
  await tally.check('the pre-chat step starts a chat (JavaScript on)', async () => {
    await page.goto(`${open.base}/sv/chat`);
    await page.check('input[name=enquirer][value=self]');
    await page.check('input[name=age_band][value="15_17"]');
    await page.click('form[action="/sv/chat"] button[type=submit]');
    chatPath = new URL(page.url()).pathname;
    return /^\/sv\/chat\/[^/]+$/.test(chatPath) ? true : [`ended on ${page.url()}`];
  });
  await tally.check('the chat page connects its WebSocket and shows the place in the queue', async () => {
    await Promise.race([live, new Promise((_, no) => setTimeout(() => no(new Error('no frame in 10 s')), 10_000))]);
    const status = await page.locator('#chat-status').textContent();
    return /1/.test(status) ? true : [`status line: ${status}`];
  });
  await page.evaluate(() => {
    window.kpNoReload = true;
  });
  const typed = `Hej, jag vill prata ${randomBytes(3).toString('hex')}`;
  await tally.check('a typed message appears in the conversation (sent over the WebSocket)', async () => {
    await page.fill('#i-message', typed);
    await page.click('#chat-send');
    await page.locator('#chat-log li.own', { hasText: typed }).waitFor({ timeout: 10_000 });
    const box = await page.inputValue('#i-message');
    return box === '' ? true : [`the box still holds ${JSON.stringify(box)}`];
  });
  let chatId = '';
  await tally.check('the handler accepts the chat; the page says so live', async () => {
    const ids = await staff.waiting();
    if (ids.length !== 1) return [`${ids.length} chats waiting, expected 1`];
    [chatId] = ids;
    const answer = await staff.post('/console/chats', `/console/chats/${chatId}/accept`);
    if (answer.status !== 303) return [`accept answered ${answer.status}`];
    await page.waitForFunction(
      () => document.querySelector('.chat-help') === null || document.querySelector('.chat-help').hidden,
      null,
      { timeout: 10_000 },
    );
    return true;
  });
  await tally.check('axe: the chat page while active', async () => result(await pageProblems(page, 'sv')));
  const reply = `Hej! Jag heter Sara och jobbar här ${randomBytes(3).toString('hex')}`;
  await tally.check("the handler's reply appears without a reload", async () => {
    const staffPage = await staff.get(`/console/chats/${chatId}`);
    if (!staffPage.body.includes(typed)) return ['the handler does not see the message'];
    const answer = await staff.post(`/console/chats/${chatId}`, `/console/chats/${chatId}/message`, { message: reply });
    if (answer.status !== 303) return [`the reply answered ${answer.status}`];
    await page.locator('#chat-log li.reply', { hasText: reply }).waitFor({ timeout: 10_000 });
    return (await page.evaluate(() => window.kpNoReload === true)) ? true : ['the page was reloaded'];
  });
  await tally.check('when the handler ends the chat, the transcript and its address leave the page', async () => {
    const answer = await staff.post(`/console/chats/${chatId}`, `/console/chats/${chatId}/end`);
    if (answer.status !== 303) return [`ending answered ${answer.status}`];
    await page.waitForFunction(() => document.getElementById('chat-form') === null, null, { timeout: 10_000 });
    const problems = [];
    const text = await page.evaluate(() => document.body.innerText);
    if (text.includes(typed) || text.includes(reply)) problems.push('the conversation is still on the page');
    if ((await page.locator('#chat-log li').count()) !== 0) problems.push('messages left in the log');
    if (new URL(page.url()).pathname !== '/sv/chat') problems.push(`the address is still ${page.url()}`);
    if (!(await page.evaluate(() => window.kpNoReload === true))) problems.push('the page was reloaded');
    return result(problems);
  });
  await tally.check('axe: the chat page after the end', async () => result(await pageProblems(page, 'sv')));
  await page.close();

  // --- Without JavaScript: post and refresh --------------------------------------------
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 720 } });
  await keepTo(noJs, [open.base]);
  const plain = await noJs.newPage();
  const said = `Utan JavaScript ${randomBytes(3).toString('hex')}`;
  const answered = `Svar till dig ${randomBytes(3).toString('hex')}`;
  await tally.check('without JavaScript: start, post, and the page shows the message', async () => {
    await plain.goto(`${open.base}/sv/chat`);
    await Promise.all([plain.waitForNavigation(), plain.click('form[action="/sv/chat"] button[type=submit]')]);
    chatPath = new URL(plain.url()).pathname;
    await plain.fill('#i-message', said);
    await Promise.all([plain.waitForNavigation(), plain.click('#chat-send')]);
    const log = await plain.locator('#chat-log').innerText();
    return log.includes(said) ? true : [`the log after posting: ${JSON.stringify(log)}`];
  });
  await tally.check("without JavaScript: the handler's reply shows on refresh", async () => {
    const ids = await staff.waiting();
    if (ids.length !== 1) return [`${ids.length} chats waiting, expected 1`];
    const [id] = ids;
    chatId = id;
    await staff.post('/console/chats', `/console/chats/${id}/accept`);
    const answer = await staff.post(`/console/chats/${id}`, `/console/chats/${id}/message`, { message: answered });
    if (answer.status !== 303) return [`the reply answered ${answer.status}`];
    const before = await plain.locator('#chat-log').innerText();
    if (before.includes(answered)) return ['the reply came without a refresh (no JavaScript should mean no live update)'];
    // The "refresh" link, shown inside <noscript>.
    const refresh = plain.locator(`main a[href="${chatPath}"]`);
    if ((await refresh.count()) !== 1) return [`${await refresh.count()} refresh links`];
    await Promise.all([plain.waitForURL((url) => url.hash === '' && url.pathname === chatPath), refresh.click()]);
    const log = await plain.locator('#chat-log').innerText();
    const problems = [];
    if (!log.includes(said)) problems.push('own message missing after refresh');
    if (!log.includes(answered)) problems.push('reply missing after refresh');
    return result(problems);
  });
  await tally.check('without JavaScript: after the end, the address is dead (410) and shows no transcript', async () => {
    await staff.post(`/console/chats/${chatId}`, `/console/chats/${chatId}/end`);
    const res = await plain.goto(`${open.base}${chatPath}`);
    const text = await plain.locator('main').innerText();
    const problems = res.status() === 410 ? [] : [`status ${res.status()}, expected 410`];
    if ((await plain.locator(`main a[href="/sv/receipt"]`).count()) !== 1) problems.push('no way to the receipt look-up');
    if (text.includes(said) || text.includes(answered)) problems.push('the conversation is still shown');
    if ((await plain.locator('#chat-form').count()) !== 0) problems.push('the message form is still there');
    return result(problems);
  });
  await noJs.close();
  await tally.check('axe: the page after the person ends a chat', async () => {
    const ended = await context.newPage();
    const res = await ended.goto(`${open.base}/sv/chat/ended?why=person`);
    const problems = res.status() === 200 ? [] : [`status ${res.status()}`];
    const out = result(problems.concat(await pageProblems(ended, 'sv')));
    await ended.close();
    return out;
  });

  // --- Every language: the pre-chat step, the waiting room, the closed page ------------
  const a11y = await context.newPage();
  for (const tag of LANGS) {
    await tally.check(`axe: /${tag}/chat, the pre-chat step`, async () => {
      const res = await a11y.goto(`${open.base}/${tag}/chat`);
      const problems = res.status() === 200 ? [] : [`status ${res.status()}`];
      if ((await a11y.locator(`form[action="/${tag}/chat"]`).count()) !== 1) problems.push('no pre-chat form');
      return result(problems.concat(await pageProblems(a11y, tag)));
    });
    await tally.check(`axe: the chat page while waiting (${tag})`, async () => {
      await a11y.check('input[name=enquirer][value=relative]');
      await a11y.click(`form[action="/${tag}/chat"] button[type=submit]`);
      const path = new URL(a11y.url()).pathname;
      const problems = path.startsWith(`/${tag}/chat/`) ? [] : [`ended on ${a11y.url()}`];
      if ((await a11y.locator('.receipt-code').count()) !== 1) problems.push('no receipt code shown');
      return result(problems.concat(await pageProblems(a11y, tag)));
    });
    await tally.check(`axe: being called back instead of waiting (${tag})`, async () => {
      const chatPath = new URL(a11y.url()).pathname;
      await Promise.all([a11y.waitForNavigation(), a11y.click(`a[href="${chatPath}/callback"]`)]);
      const problems = new URL(a11y.url()).pathname === `${chatPath}/callback` ? [] : [`ended on ${a11y.url()}`];
      if ((await a11y.locator('input[name=phone]').count()) !== 1) problems.push('no phone field');
      return result(problems.concat(await pageProblems(a11y, tag)));
    });
    if (tag === 'sv' || tag === 'ar') {
      await tally.check(`axe: its error state keeps what was typed (${tag})`, async () => {
        await a11y.fill('#i-phone', '12345');
        await a11y.fill('#i-message', 'Ring efter sex');
        const [res] = await Promise.all([
          a11y.waitForNavigation(),
          a11y.click('form[action$="/callback"] button[type=submit]'),
        ]);
        const problems = res && res.status() === 422 ? [] : [`status ${res && res.status()}, expected 422`];
        if ((await a11y.locator('.error-summary a[href="#i-phone"]').count()) !== 1) problems.push('no error summary linking the number');
        if ((await a11y.inputValue('#i-message')) !== 'Ring efter sex') problems.push('the few words were lost');
        return result(problems.concat(await pageProblems(a11y, tag)));
      });
    }
    await tally.check(`axe: /${tag}/chat while closed`, async () => {
      const res = await a11y.goto(`${closed.base}/${tag}/chat`);
      const problems = res.status() === 200 ? [] : [`status ${res.status()}`];
      if ((await a11y.locator(`form[action="/${tag}/chat"]`).count()) !== 0) problems.push('a pre-chat form while closed');
      for (const href of [`/${tag}/enquiry`, `/${tag}/callback`]) {
        if ((await a11y.locator(`a[href="${href}"]`).count()) === 0) problems.push(`no link to ${href}`);
      }
      return result(problems.concat(await pageProblems(a11y, tag)));
    });
  }
  for (const tag of ['sv', 'ar']) {
    await tally.check(`axe: the pre-chat step's error state (${tag})`, async () => {
      await a11y.goto(`${open.base}/${tag}/chat`);
      // A value no option offers (as a tampered or stale form would send).
      await a11y.evaluate(() => {
        document.querySelector('input[name=age_band]').value = 'forty';
      });
      await a11y.locator('input[name=age_band]').first().check();
      const [res] = await Promise.all([
        a11y.waitForNavigation(),
        a11y.click(`form[action="/${tag}/chat"] button[type=submit]`),
      ]);
      const problems = res && res.status() === 422 ? [] : [`status ${res && res.status()}, expected 422`];
      if ((await a11y.locator('.error-summary a[href="#i-age_band"]').count()) !== 1) problems.push('no error summary linking the field');
      return result(problems.concat(await pageProblems(a11y, tag)));
    });
  }
  await a11y.close();
  await context.close();
} catch (err) {
  tally.fail('chat.mjs', [String(err && err.stack ? err.stack.split('\n').slice(0, 4).join(' | ') : err)]);
} finally {
  await browser.close();
  stopServers();
}
process.exit(tally.finish());
