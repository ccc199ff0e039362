// The quick-exit link ("leave this page quickly"), with and without JavaScript.
//
//   node quick-exit.mjs http://127.0.0.1:PORT
//
// (a) Without JavaScript, #quick-exit is on every start page and points to an external
//     https URL, and following it leaves the site.
// (b) With JavaScript, Shift pressed three times quickly blanks the page at once and
//     leaves with location.replace, so Back does not return to the site.
// (c) A click on the link does the same.
// (d) Shift, Shift, then another key does not leave (nor do a held Shift, or presses
//     too far apart).
// The quick-exit target is an outside site that cannot be reached from here: every
// https:// request is answered locally with a neutral page.
// Prints one line per check and closes with `N passed, M failed`.
import { LANGS, Tally, baseUrlFromArgs, isLoopback, keepLocal, launch, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('quick-exit.mjs');
const LANG = 'sv';
const SUPPORT = `${BASE}/${LANG}/support`;
// Stands in for whatever the visitor was on before the site (an outside page).
const BEFORE = 'https://before.invalid/';
// quick-exit.js: each Shift within 1.5 s of the last.
const WINDOW_MS = 1500;

watchdog(5 * 60_000, 'quick-exit.mjs');

const tally = new Tally();

/** Answers every https:// request with a neutral page, after `delayMs`. */
async function fakeOutside(page, delayMs = 0) {
  await page.route('https://**', async (route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ status: 200, contentType: 'text/html', body: 'neutral' }).catch(() => {});
  });
}

async function quickExitHref(page) {
  const link = page.locator('#quick-exit');
  if ((await link.count()) !== 1) throw new Error(`${await link.count()} elements #quick-exit on ${page.url()}`);
  // The resolved href (what location.replace(link.href) uses).
  return link.evaluate((a) => a.href);
}

/** Opens an outside page, then the support page, so that Back has somewhere to go. */
async function openSupport(context) {
  const page = await context.newPage();
  await fakeOutside(page);
  await page.goto(BEFORE, { waitUntil: 'load' });
  const response = await page.goto(SUPPORT, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`GET ${SUPPORT}: HTTP ${response && response.status()}`);
  // quick-exit.js is deferred: it has run by the load event.
  return page;
}

/** After leaving: at the quick-exit URL, and Back does not return to the site. */
async function leftForGood(page, href, problems) {
  await page.waitForURL(href, { timeout: 10_000 }).catch(() => {});
  if (page.url() !== href) {
    problems.push(`URL is ${page.url()}, expected the quick-exit href ${href}`);
    return;
  }
  // history.back(): with location.replace the site's entry is gone, so this lands on
  // the page before the site (or nowhere), never on the site.
  await page.goBack({ waitUntil: 'load', timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(300);
  if (page.url().startsWith(BASE)) problems.push(`history.back() returned to the site: ${page.url()}`);
}

async function stillHere(page, problems) {
  await page.waitForTimeout(700);
  if (page.url() !== SUPPORT) problems.push(`left the page: now at ${page.url()}`);
  const blank = await page.evaluate(() => !document.body || document.body.innerHTML.trim() === '').catch(() => true);
  if (blank) problems.push('the page was blanked');
}

const browser = await launch();
let code = 1;
try {
  console.log(`${browser.version()}, ${BASE}`);

  // (a) Without JavaScript.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await keepLocal(noJs, BASE);
  const plain = await noJs.newPage();
  for (const tag of LANGS) {
    await tally.check(`no JS: /${tag}/ has #quick-exit with an external https href`, async () => {
      const response = await plain.goto(`${BASE}/${tag}/`, { waitUntil: 'load' });
      if (!response || response.status() !== 200) return [`HTTP ${response && response.status()}`];
      const link = plain.locator('#quick-exit');
      const n = await link.count();
      if (n !== 1) return [`${n} elements #quick-exit`];
      const raw = await link.getAttribute('href');
      const problems = [];
      let url = null;
      try {
        url = new URL(raw);
      } catch {
        problems.push(`href "${raw}" is not an absolute URL`);
      }
      if (url && url.protocol !== 'https:') problems.push(`href ${raw} is not https`);
      if (url && isLoopback(url.hostname)) problems.push(`href ${raw} is not external`);
      if (!(await link.isVisible())) problems.push('#quick-exit is not visible');
      const text = (await link.innerText()).trim();
      if (!text) problems.push('#quick-exit has no text');
      return problems.length ? problems : raw;
    });
  }
  await tally.check('no JS: following #quick-exit leaves the site', async () => {
    await fakeOutside(plain);
    await plain.goto(`${BASE}/${LANG}/`, { waitUntil: 'load' });
    const href = await plain.locator('#quick-exit').evaluate((a) => a.href);
    await plain.locator('#quick-exit').click();
    await plain.waitForURL(href, { timeout: 10_000 }).catch(() => {});
    return plain.url() === href ? true : [`URL is ${plain.url()}, expected ${href}`];
  });
  await noJs.close();

  // (b)-(d) With JavaScript.
  const js = await browser.newContext();
  await keepLocal(js, BASE);

  await tally.check(`JS: Shift x3 on /${LANG}/support blanks the page at once and leaves with replace`, async () => {
    const page = await js.newPage();
    // What the page looks like at the end of each Shift keydown's dispatch (a window
    // listener in the bubbling phase runs after quick-exit.js's capturing one), reported
    // through a binding: evaluating in the page after the presses would wait for the
    // outgoing navigation to commit. Init scripts and bindings are not subject to the CSP.
    const seen = [];
    await page.exposeBinding('__kpSeen', (_source, state) => {
      seen.push(state);
    });
    await page.addInitScript(() => {
      window.addEventListener('keydown', (event) => {
        if (event.key !== 'Shift') return;
        // eslint-disable-next-line no-undef
        window.__kpSeen({
          url: location.href,
          html: document.body ? document.body.innerHTML.trim().length : 0,
          title: document.title,
        });
      });
    });
    await fakeOutside(page, 1000);
    await page.goto(BEFORE, { waitUntil: 'load' });
    const response = await page.goto(SUPPORT, { waitUntil: 'load' });
    if (!response || response.status() !== 200) return [`GET ${SUPPORT}: HTTP ${response && response.status()}`];
    const href = await quickExitHref(page);
    const problems = [];
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await leftForGood(page, href, problems);
    const onSite = seen.filter((s) => s.url === SUPPORT);
    if (onSite.length !== 3) problems.push(`expected 3 Shift keydowns on the site page, saw ${onSite.length}`);
    else {
      const [first, second, third] = onSite;
      if (first.html === 0 || second.html === 0) problems.push('the page was blanked before the third Shift');
      if (third.html !== 0) problems.push(`page not blanked at once: after the third Shift the body still has ${third.html} characters`);
      if (third.title !== '') problems.push(`title not cleared at once: "${third.title}"`);
    }
    await page.close();
    return problems.length ? problems : `to ${href}`;
  });

  await tally.check(`JS: a click on #quick-exit on /${LANG}/support leaves with replace`, async () => {
    const page = await openSupport(js);
    const href = await quickExitHref(page);
    const problems = [];
    await page.locator('#quick-exit').click();
    await leftForGood(page, href, problems);
    await page.close();
    return problems.length ? problems : `to ${href}`;
  });

  await tally.check('JS: Shift, Shift, a letter, Shift does not leave', async () => {
    const page = await openSupport(js);
    const problems = [];
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('KeyA');
    await stillHere(page, problems);
    await page.keyboard.press('Shift');
    await stillHere(page, problems);
    await page.close();
    return problems.length ? problems : true;
  });

  await tally.check('JS: Shift held down (auto-repeat) does not leave', async () => {
    const page = await openSupport(js);
    const problems = [];
    // Repeated keydown of a held key has event.repeat = true.
    for (let i = 0; i < 6; i += 1) await page.keyboard.down('Shift');
    await page.keyboard.up('Shift');
    await stillHere(page, problems);
    await page.close();
    return problems.length ? problems : true;
  });

  await tally.check(`JS: Shift x3 more than ${WINDOW_MS / 1000} s apart does not leave`, async () => {
    const page = await openSupport(js);
    const problems = [];
    for (let i = 0; i < 3; i += 1) {
      if (i) await page.waitForTimeout(WINDOW_MS + 300);
      await page.keyboard.press('Shift');
    }
    await stillHere(page, problems);
    await page.close();
    return problems.length ? problems : true;
  });

  await js.close();
  code = tally.finish();
} catch (err) {
  console.error(err);
  tally.fail('quick-exit.mjs', [String(err)]);
  code = tally.finish() || 1;
} finally {
  await browser.close().catch(() => {});
}
process.exit(code);
