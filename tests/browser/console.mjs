// The staff console in the browser, signed in as an admin (who reaches every page) and, for
// the case work an admin may not do (reading and calling), as a handler, each with
// password and a TOTP code computed here (RFC 6238): axe-core (WCAG 2.1 A/AA) on the
// queue (also filtered), on a callback case through claiming, a callback attempt, a
// referral, an override refused for a missing reason, the protected-identity marker and
// closing; on the phone form and its result, templates, users, rules, overrides and the
// audit log; and the live queue: a new enquiry appears without a reload.
//
//   CONSOLE_NAME=… CONSOLE_PASSWORD=… CONSOLE_SECRET=<base32> HANDLER_NAME=… HANDLER_PASSWORD=… HANDLER_SECRET=<base32> node console.mjs http://127.0.0.1:PORT
//
// Prints one line per check and closes with `N passed, M failed`.
import { Tally, axeViolations, baseUrlFromArgs, keepLocal, launch, totp, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('console.mjs');
const { CONSOLE_NAME, CONSOLE_PASSWORD, CONSOLE_SECRET, HANDLER_NAME, HANDLER_PASSWORD, HANDLER_SECRET } = process.env;
watchdog(6 * 60_000, 'console.mjs');
const tally = new Tally();

const axe = axeViolations;

if (!CONSOLE_NAME || !CONSOLE_PASSWORD || !CONSOLE_SECRET || !HANDLER_NAME || !HANDLER_PASSWORD || !HANDLER_SECRET) {
  console.log('FAIL console: CONSOLE_* and HANDLER_* (name, password, secret) are needed');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const browser = await launch();
const axeCheck = async (page, label) => {
  await tally.check(`axe ${label}`, async () => {
    const v = await axe(page);
    return v.length ? v : true;
  });
};
const submitIn = (page, actionEnd) => page.locator(`form[action$="${actionEnd}"] button[type=submit]`).first().click();
try {
  // The page's CSP forbids inline scripts; axe is injected inline, so bypassCSP.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  await keepLocal(context, BASE);
  const page = await context.newPage();
  const visitor = await context.browser().newContext({ viewport: { width: 360, height: 720 } });
  await keepLocal(visitor, BASE);
  const person = await visitor.newPage();

  await tally.check('an enquiry is sent through the public form', async () => {
    await person.goto(`${BASE}/sv/enquiry`);
    await person.fill('#i-message', 'Jag vill ha hjälp att lämna.');
    await person.check('input[name=threat][value=serious]');
    await person.click('button[type=submit]');
    return person.url().includes('/sv/enquiry/sent/') ? true : [`ended on ${person.url()}`];
  });

  await tally.check('a callback request is sent through the public form', async () => {
    await person.goto(`${BASE}/sv/callback`);
    await person.fill('input[name=phone]', '070-123 45 67');
    await person.check('input[name=windows][value=weekday_evening]');
    // Consent per kind of recipient: social services only.
    await person.check('input[name=consent_for][value=social_services]');
    await person.click('form[action="/sv/callback"] button[type=submit]');
    return person.url().includes('/sv/enquiry/sent/') ? true : [`ended on ${person.url()}`];
  });

  await tally.check('the admin signs in with password and code', async () => {
    await page.goto(`${BASE}/console/sign-in`);
    await page.fill('#i-name', CONSOLE_NAME);
    await page.fill('#i-password', CONSOLE_PASSWORD);
    await page.fill('#i-code', totp(CONSOLE_SECRET));
    await page.click('button[type=submit]');
    return new URL(page.url()).pathname === '/console/' ? true : [`ended on ${page.url()}`];
  });
  await axeCheck(page, '/console/ (the queue)');

  await tally.check('the live queue shows a new enquiry without a reload', async () => {
    await page.waitForSelector('#queue-live-state:not([hidden])', { timeout: 10_000 });
    const before = await page.locator('#queue-results [data-case]').count();
    await person.goto(`${BASE}/sv/enquiry`);
    await person.fill('#i-message', 'Ett tredje meddelande.');
    await person.click('button[type=submit]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#queue-results [data-case]').length > n,
      before,
      { timeout: 10_000 },
    );
    // The change is announced politely, a moment after the swap.
    await page.waitForFunction(
      () => (document.getElementById('queue-announce').textContent || '').trim() !== '',
      null,
      { timeout: 5_000 },
    );
    return true;
  });

  await tally.check('the queue filter keeps its choice (callbacks only)', async () => {
    await page.selectOption('#f-channel', 'callback');
    await page.click('form.queue-filters button[type=submit]');
    const rows = await page.locator('#queue-results [data-case]').count();
    const chosen = await page.locator('#f-channel').inputValue();
    return rows === 1 && chosen === 'callback' ? true : [`${rows} rows, channel ${chosen}`];
  });
  await axeCheck(page, '/console/?channel=callback (filtered)');

  await tally.check('the callback case opens', async () => {
    await page.locator('#queue-results a[href^="/console/cases/"]').first().click();
    return page.url().includes('/console/cases/') ? true : [`ended on ${page.url()}`];
  });
  const casePath = new URL(page.url()).pathname;
  await axeCheck(page, 'a callback case');

  // Case work is a handler's: an admin never reads a case's words or contact data, so
  // cannot call back. The handler signs in beside the admin and takes the case.
  const handlerContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  await keepLocal(handlerContext, BASE);
  const work = await handlerContext.newPage();
  await tally.check('a handler signs in with password and code', async () => {
    await work.goto(`${BASE}/console/sign-in`);
    await work.fill('#i-name', HANDLER_NAME);
    await work.fill('#i-password', HANDLER_PASSWORD);
    await work.fill('#i-code', totp(HANDLER_SECRET));
    await work.click('button[type=submit]');
    const ok = new URL(work.url()).pathname === '/console/';
    if (ok) await work.goto(`${BASE}${casePath}`);
    return ok ? true : [`ended on ${work.url()}`];
  });
  await tally.check('the handler claims the case', async () => {
    await submitIn(work, '/claim');
    return (await work.locator('form[action$="/release"]').count()) === 1 ? true : ['no release button after claiming'];
  });
  await axeCheck(work, 'a claimed case');

  await tally.check('a callback attempt is recorded', async () => {
    await work.check('form[action$="/callback/attempt"] input[name=outcome][value=no_answer]');
    await submitIn(work, '/callback/attempt');
    return new URL(work.url()).pathname === casePath ? true : [`ended on ${work.url()}`];
  });
  await axeCheck(work, 'a case with a callback attempt');

  await tally.check('what we know is updated and the rules propose again', async () => {
    await work.locator('#facts > summary').click();
    await work.check('#facts input[name=threat][value=serious]');
    await submitIn(work, '/facts');
    const problems = new URL(work.url()).pathname === casePath ? [] : [`ended on ${work.url()}`];
    if ((await work.locator('#facts input[name=threat][value=serious]:checked').count()) !== 1) problems.push('the new fact is not shown');
    return problems.length ? problems : true;
  });
  await work.locator('#facts > summary').click();
  await axeCheck(work, 'the facts form, open');

  await tally.check('an override without a reason is refused and shown accessibly', async () => {
    // The override form folds away under its summary until asked for.
    await work.locator('#decisions details > summary').click();
    await work.selectOption('form[action$="/override"] select[name=priority]', 'P1');
    await submitIn(work, '/override');
    return (await work.locator('.error-summary').count()) > 0 ? true : ['no error summary'];
  });
  await axeCheck(work, 'the override error state');

  await tally.check('a referral with consent is made', async () => {
    await work.goto(`${BASE}${casePath}`);
    const form = work.locator('form[action$="/referrals"]');
    // The form's consent reaches only the kind the person ticked: social services.
    await form.locator('select[name=org]').selectOption('socialtjanst:1280');
    await form.locator('input[name=categories][value=basic]').check();
    const how = form.locator('input[name=consent_how][value=form]');
    if (await how.count()) await how.check();
    await form.locator('button[type=submit]').click();
    return (await work.locator('form[action*="/withdraw"]').count()) > 0 ? true : ['no referral listed'];
  });
  await axeCheck(work, 'a case with a referral');

  await tally.check('the protected-identity marker is set', async () => {
    await submitIn(work, '/protect');
    // Lifting the marker is a supervisor's; the handler sees that it is set.
    return (await work.locator('form[action$="/protect"]').count()) === 0 ? true : ['the marker can still be set'];
  });
  await axeCheck(work, 'a protected case');

  await tally.check('the case is closed with an outcome', async () => {
    await work.check('form[action$="/close"] input[name=outcome][value=advice_given]');
    await submitIn(work, '/close');
    return (await work.locator('form[action$="/reopen"]').count()) === 1 ? true : ['no reopen button'];
  });
  await axeCheck(work, 'a closed case');

  await page.goto(`${BASE}/console/phone`);
  await axeCheck(page, '/console/phone');
  await tally.check('a phone enquiry is entered and its code shown once', async () => {
    await page.fill('textarea[name=message]', 'Samtal från en mamma som är orolig för sin son.');
    await page.click('form[action="/console/phone"] button[type=submit]');
    return page.url().includes('/console/phone/done/') ? true : [`ended on ${page.url()}`];
  });
  await axeCheck(page, 'the phone result page');

  for (const path of ['/console/templates', '/console/templates/new', '/console/users', '/console/rules', '/console/overrides', '/console/audit?action=claim']) {
    await tally.check(`${path} answers 200`, async () => {
      const response = await page.goto(`${BASE}${path}`);
      return response.status() === 200 ? true : [`status ${response.status()}`];
    });
    await axeCheck(page, path);
  }
  await tally.check('an edit page of a shipped reply template', async () => {
    await page.goto(`${BASE}/console/templates`);
    await page.locator('a[href^="/console/templates/"]:not([href$="/new"])').first().click();
    return /\/console\/templates\/[^/]+$/.test(new URL(page.url()).pathname) ? true : [`ended on ${page.url()}`];
  });
  await axeCheck(page, 'a template edit page');
  await visitor.close();
  await context.close();
} finally {
  await browser.close();
}
process.exit(tally.finish());
