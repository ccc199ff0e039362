// The whole public flow with JavaScript off (issue #14, the onion-service deployment:
// Tor Browser's "Safest" level runs no script), in headless Chromium:
//
//   node no-js.mjs http://127.0.0.1:PORT
//
// Start page → the written form → the receipt code → "I have saved it" → look-up with
// the code → a follow-up; the child form; a callback request; a chat started, a message
// sent and the chat ended (browser-test.sh keeps this server's chat open all day, so the
// walk does not depend on the clock; tests/browser/chat.mjs walks the closed hours); an
// accessibility report; the language picker. Every step is a
// plain link or form post, and every request stays on the loopback address.
// Prints one line per check and closes with `N passed, M failed`.
import { Tally, baseUrlFromArgs, keepLocal, launch, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('no-js.mjs');
const LANG = 'sv';

watchdog(4 * 60_000, 'no-js.mjs');

const tally = new Tally();

/** Gives every unanswered choice of the form an answer: the first real option of each
 * select, the first of each radio group, the first of each checkbox group. */
async function answerChoices(page, form) {
  const selects = page.locator(`${form} select`);
  for (let i = 0; i < (await selects.count()); i += 1) {
    const select = selects.nth(i);
    if (!(await select.inputValue())) {
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      if (values.length) await select.selectOption(values[0]);
    }
  }
  for (const type of ['radio', 'checkbox']) {
    const names = await page
      .locator(`${form} input[type="${type}"]`)
      .evaluateAll((inputs) => [...new Set(inputs.map((i) => i.name))]);
    for (const name of names) {
      const group = page.locator(`${form} input[type="${type}"][name="${name}"]`);
      const checked = await group.evaluateAll((inputs) => inputs.some((i) => i.checked));
      if (!checked && type === 'radio') await group.first().check();
      if (!checked && type === 'checkbox' && name === 'windows') await group.first().check();
    }
  }
}

/** Submits `form` and waits for the page it leads to. */
async function submit(page, form, button = 'button[type="submit"]') {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 }), page.click(`${form} ${button}`)]);
}

const browser = await launch();
try {
  console.log(`${browser.version()}, ${BASE}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await keepLocal(context, BASE);
  const page = await context.newPage();
  const typed = `Utan-skript-${Date.now()}`;
  let code = '';

  await tally.check('the start page leads to the written form by a plain link', async () => {
    await page.goto(`${BASE}/${LANG}/`, { waitUntil: 'load' });
    await Promise.all([page.waitForURL(`${BASE}/${LANG}/enquiry`), page.click(`a[href="/${LANG}/enquiry"]`)]);
    return (await page.locator('#i-message').count()) === 1 ? true : ['no message box on the form'];
  });

  await tally.check('the written form is sent and the receipt code shown', async () => {
    await page.fill('#i-message', typed);
    await page.fill(`form[action="/${LANG}/enquiry"] input[name="municipality"]`, 'Malmö');
    await submit(page, `form[action="/${LANG}/enquiry"]`);
    if (!/\/enquiry\/sent\//.test(page.url())) return [`landed on ${page.url()}`];
    code = (await page.locator('.receipt-code').innerText()).trim();
    return /^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/.test(code) ? code.replace(/[A-Z0-9]/g, 'X') : [`code "${code}"`];
  });

  await tally.check('"I have saved the code" is a form that works', async () => {
    await submit(page, 'form[action*="/enquiry/sent/"]');
    return page.url().includes('/saved') || !(await page.content()).includes(code) ? page.url() : ['the code is still shown'];
  });

  await tally.check('the code finds the case, and a follow-up is added', async () => {
    await page.goto(`${BASE}/${LANG}/receipt`, { waitUntil: 'load' });
    await page.fill('#i-code', code);
    await submit(page, `form[action="/${LANG}/receipt"]`);
    const problems = [];
    if (!(await page.content()).includes(typed)) problems.push(`the case is not shown (${page.url()})`);
    const more = `Tillägg-utan-skript-${Date.now()}`;
    await page.fill('#i-message', more);
    await submit(page, `form[action="/${LANG}/receipt/message"]`);
    if (!(await page.content()).includes(more)) problems.push(`the follow-up is not shown (${page.url()})`);
    return problems.length ? problems : true;
  });

  await tally.check('the child form is sent', async () => {
    await page.goto(`${BASE}/${LANG}/young/enquiry`, { waitUntil: 'load' });
    await page.fill('#i-message', `Ung-${typed}`);
    await answerChoices(page, `form[action="/${LANG}/young/enquiry"]`);
    await submit(page, `form[action="/${LANG}/young/enquiry"]`);
    return (await page.locator('.receipt-code').count()) === 1 ? true : [`no code (${page.url()})`];
  });

  await tally.check('a callback request is sent', async () => {
    await page.goto(`${BASE}/${LANG}/callback`, { waitUntil: 'load' });
    await page.fill('#i-phone', '070-123 45 67');
    await answerChoices(page, `form[action="/${LANG}/callback"]`);
    await submit(page, `form[action="/${LANG}/callback"]`);
    return (await page.locator('.receipt-code').count()) === 1 ? true : [`no code (${page.url()})`];
  });

  await tally.check('a chat starts, takes a message by a plain post, and ends', async () => {
    await page.goto(`${BASE}/${LANG}/chat`, { waitUntil: 'load' });
    await answerChoices(page, `form[action="/${LANG}/chat"]`);
    await submit(page, `form[action="/${LANG}/chat"]`);
    const problems = [];
    const room = page.url();
    if (!/\/chat\/[^/]+$/.test(room)) return [`no chat room (${room})`];
    const said = `Chatt-utan-skript-${Date.now()}`;
    await page.fill('#i-message', said);
    await submit(page, '#chat-form', '#chat-send');
    if (!(await page.content()).includes(said)) problems.push('the message is not in the room');
    await submit(page, 'form[action$="/end"]');
    if (!new URL(page.url()).pathname.endsWith(`/${LANG}/chat/ended`)) problems.push(`ending led to ${page.url()}`);
    return problems.length ? problems : true;
  });

  await tally.check('an accessibility report is sent', async () => {
    await page.goto(`${BASE}/${LANG}/accessibility`, { waitUntil: 'load' });
    await page.fill('#i-problem', 'Kartan går inte att använda med skärmläsare');
    await submit(page, `form[action="/${LANG}/accessibility"]`);
    const html = await page.content();
    const problems = [];
    if (!html.includes('Tack för din rapport')) problems.push(`no thanks (${page.url()})`);
    if (html.includes('Kartan går inte')) problems.push('the report is still in the form');
    return problems.length ? problems : true;
  });

  await tally.check('the language picker is a plain link', async () => {
    await page.goto(`${BASE}/${LANG}/enquiry`, { waitUntil: 'load' });
    await page.click('details.lang-picker summary');
    await Promise.all([page.waitForURL(`${BASE}/en/enquiry`), page.click('details.lang-picker a[href="/en/enquiry"]')]);
    return (await page.getAttribute('html', 'lang')) === 'en' ? true : ['not in English'];
  });

  await context.close();
} finally {
  await browser.close();
}
process.exit(tally.finish());
