// What Back brings back (issue #14, "Traces on the person's device"): in headless
// Chromium, with and without JavaScript.
//
//   node traces.mjs http://127.0.0.1:PORT
//
// (a) Send the written form, press Back: the message box is empty (no form
//     restoration, no back/forward cache of the typed text).
// (b) Look a code up, go elsewhere, press Back: the case is not shown (the look-up is
//     post-redirect-get to a page shown once). The same after a follow-up.
// (c) Without JavaScript: type a message, leave by the quick-exit link, press Back: the
//     typed text is not on the page.
// (d) Static files and pages are sent no-store (nothing of the site in the cache).
// Every https:// request is answered locally with a neutral page (the quick-exit target).
// Prints one line per check and closes with `N passed, M failed`.
import { Tally, baseUrlFromArgs, keepLocal, launch, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('traces.mjs');
const LANG = 'sv';

watchdog(4 * 60_000, 'traces.mjs');

const tally = new Tally();

async function fakeOutside(page) {
  await page.route('https://**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: 'neutral' }).catch(() => {}),
  );
}

/** The message box's value and whether `text` is anywhere in the page. */
async function whatIsShown(page, text) {
  await page.waitForLoadState('load');
  const box = page.locator('#i-message');
  const value = (await box.count()) ? await box.inputValue() : '';
  const html = await page.content();
  return { value, inPage: html.includes(text), url: page.url() };
}

/** Sends the written form with `message`; returns the receipt code from the hand-off. */
async function sendEnquiry(page, message) {
  await page.goto(`${BASE}/${LANG}/enquiry`, { waitUntil: 'load' });
  await page.fill('#i-message', message);
  await Promise.all([
    page.waitForURL(/\/enquiry\/sent\//, { timeout: 10_000 }),
    page.click(`form[action="/${LANG}/enquiry"] button[type="submit"]`),
  ]);
  return (await page.locator('.receipt-code').innerText()).trim();
}

async function lookUp(page, code) {
  await page.goto(`${BASE}/${LANG}/receipt`, { waitUntil: 'load' });
  await page.fill('#i-code', code);
  await Promise.all([
    page.waitForURL(`${BASE}/${LANG}/receipt/case`, { timeout: 10_000 }),
    page.click(`form[action="/${LANG}/receipt"] button[type="submit"]`),
  ]);
}

const browser = await launch();
let code = 1;
try {
  console.log(`${browser.version()}, ${BASE}`);
  for (const js of [true, false]) {
    const label = js ? 'JS' : 'no JS';
    const context = await browser.newContext({ javaScriptEnabled: js });
    await keepLocal(context, BASE);
    const page = await context.newPage();
    await fakeOutside(page);
    const typed = `Spår-${js ? 'js' : 'nojs'}-${Date.now()}`;
    let receipt = '';

    await tally.check(`${label}: after sending the form, Back shows an empty message box`, async () => {
      receipt = await sendEnquiry(page, typed);
      await page.goBack({ waitUntil: 'load' });
      const shown = await whatIsShown(page, typed);
      const problems = [];
      if (!shown.url.endsWith(`/${LANG}/enquiry`)) problems.push(`Back went to ${shown.url}`);
      if (shown.value) problems.push(`the box holds "${shown.value}"`);
      if (shown.inPage) problems.push('the typed text is in the page');
      return problems.length ? problems : true;
    });

    await tally.check(`${label}: after a look-up, Back from elsewhere does not show the case`, async () => {
      await lookUp(page, receipt);
      const problems = [];
      if (!(await page.content()).includes(typed)) problems.push('the case page did not show the case');
      await page.goto(`${BASE}/${LANG}/support`, { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'load' });
      const shown = await whatIsShown(page, typed);
      if (shown.inPage) problems.push(`Back shows the case again (${shown.url})`);
      const codeBox = page.locator('#i-code');
      if ((await codeBox.count()) && (await codeBox.inputValue())) problems.push('the code is restored in the form');
      return problems.length ? problems : shown.url;
    });

    await tally.check(`${label}: after a follow-up, Back does not show the case or the text`, async () => {
      await lookUp(page, receipt);
      const more = `Tillägg-${Date.now()}`;
      await page.fill('#i-message', more);
      await Promise.all([
        page.waitForURL(`${BASE}/${LANG}/receipt/case`, { timeout: 10_000 }),
        page.click(`form[action="/${LANG}/receipt/message"] button[type="submit"]`),
      ]);
      await page.waitForLoadState('load');
      const problems = [];
      if (!(await page.content()).includes(more)) problems.push('the follow-up was not shown');
      await page.goto(`${BASE}/${LANG}/support`, { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'load' });
      const shown = await whatIsShown(page, more);
      if (shown.inPage || (await page.content()).includes(typed)) problems.push(`Back shows the case (${shown.url})`);
      if (shown.value) problems.push(`the box holds "${shown.value}"`);
      return problems.length ? problems : shown.url;
    });

    if (!js) {
      await tally.check('no JS: after the quick exit, Back does not bring the typed text back', async () => {
        await page.goto(`${BASE}/${LANG}/enquiry`, { waitUntil: 'load' });
        const secret = `Snabbt-ut-${Date.now()}`;
        await page.fill('#i-message', secret);
        const href = await page.locator('#quick-exit').evaluate((a) => a.href);
        await page.locator('#quick-exit').click();
        await page.waitForURL(href, { timeout: 10_000 });
        await page.goBack({ waitUntil: 'load' });
        const shown = await whatIsShown(page, secret);
        const problems = [];
        if (!shown.url.startsWith(BASE)) problems.push(`Back went to ${shown.url}`);
        if (shown.value) problems.push(`the box holds "${shown.value}"`);
        if (shown.inPage) problems.push('the typed text is in the page');
        return problems.length ? problems : true;
      });
    }

    if (js) {
      await tally.check('pages, forms and static files are sent no-store', async () => {
        const problems = [];
        for (const path of [`/${LANG}/enquiry`, '/static/site.css', '/static/quick-exit.js', '/static/chat.js']) {
          const response = await page.request.get(`${BASE}${path}`);
          const cc = response.headers()['cache-control'];
          if (cc !== 'no-store') problems.push(`${path}: Cache-Control ${cc}`);
        }
        return problems.length ? problems : true;
      });
    }
    await context.close();
  }
  code = tally.finish();
} catch (err) {
  console.error(err);
  tally.fail('traces.mjs', [String(err)]);
  code = tally.finish() || 1;
} finally {
  await browser.close().catch(() => {});
}
process.exit(code);
