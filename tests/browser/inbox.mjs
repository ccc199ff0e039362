// The municipality inbox in the browser: a handler of the contact point refers a case to
// Malmö's social services, then a Malmö user signs in (password + TOTP computed here) and
// axe-core (WCAG 2.1 A/AA) checks the list, the referral, accepting it, a decline refused
// for a missing reason, the consultation form and its result, and the notification
// settings — at 1280×720.
//
//   HANDLER_NAME=… HANDLER_PASSWORD=… HANDLER_SECRET=<base32> INBOX_NAME=… INBOX_PASSWORD=… \
//     INBOX_SECRET=<base32> node inbox.mjs http://127.0.0.1:PORT
//
// Prints one line per check and closes with `N passed, M failed`.
import { Tally, axeViolations, baseUrlFromArgs, keepLocal, launch, totp, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('inbox.mjs');
const { HANDLER_NAME, HANDLER_PASSWORD, HANDLER_SECRET, INBOX_NAME, INBOX_PASSWORD, INBOX_SECRET } = process.env;
watchdog(4 * 60_000, 'inbox.mjs');
const tally = new Tally();

const axe = axeViolations;

if (!HANDLER_NAME || !INBOX_NAME) {
  console.log('FAIL inbox: HANDLER_* and INBOX_* (NAME, PASSWORD, SECRET) are needed');
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
const signIn = async (page, path, name, password, secret) => {
  await page.goto(`${BASE}${path}`);
  await page.fill('#i-name', name);
  await page.fill('#i-password', password);
  await page.fill('#i-code', totp(secret));
  await page.click('button[type=submit]');
};
try {
  const staff = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  await keepLocal(staff, BASE);
  const page = await staff.newPage();

  await tally.check('an enquiry from Malmö with consent is sent', async () => {
    await page.goto(`${BASE}/sv/enquiry`);
    await page.fill('#i-message', 'Jag bor i Malmö och vill ha hjälp.');
    await page.fill('input[name=municipality]', 'Malmö');
    await page.check('input[name=consent_for][value=social_services]');
    await page.click('form[action="/sv/enquiry"] button[type=submit]');
    return page.url().includes('/sv/enquiry/sent/') ? true : [`ended on ${page.url()}`];
  });

  await tally.check('the contact point refers it to Malmö social services', async () => {
    await signIn(page, '/console/sign-in', HANDLER_NAME, HANDLER_PASSWORD, HANDLER_SECRET);
    // Only the Malmö case is in police region Syd.
    await page.goto(`${BASE}/console/?region=syd`);
    await page.locator('#queue-results a[href^="/console/cases/"]').first().click();
    const form = page.locator('form[action$="/referrals"]');
    await form.locator('select[name=org]').selectOption('socialtjanst:1280');
    await form.locator('input[name=categories][value=basic]').check();
    await form.locator('input[name=consent_how][value=form]').check();
    await form.locator('button[type=submit]').click();
    return (await page.locator('form[action*="/withdraw"]').count()) > 0 ? true : ['no referral listed'];
  });
  await staff.close();

  const municipality = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  await keepLocal(municipality, BASE);
  const inbox = await municipality.newPage();
  await tally.check('the Malmö user signs in and lands in the inbox', async () => {
    await signIn(inbox, '/inbox/sign-in', INBOX_NAME, INBOX_PASSWORD, INBOX_SECRET);
    return new URL(inbox.url()).pathname === '/inbox/' ? true : [`ended on ${inbox.url()}`];
  });
  await axeCheck(inbox, '/inbox/ (the list)');

  await tally.check('the referral opens', async () => {
    await inbox.locator('a[href^="/inbox/referrals/"]').first().click();
    return inbox.url().includes('/inbox/referrals/') ? true : [`ended on ${inbox.url()}`];
  });
  const referralPath = new URL(inbox.url()).pathname;
  await axeCheck(inbox, 'a referral');

  await tally.check('a decline without a reason is refused accessibly', async () => {
    await inbox.locator('#step-decline button[type=submit]').click();
    return (await inbox.locator('[aria-invalid="true"]').count()) > 0 ? true : ['no invalid field marked'];
  });
  await axeCheck(inbox, 'the decline error state');

  await tally.check('the referral is accepted', async () => {
    await inbox.goto(`${BASE}${referralPath}`);
    await inbox.locator('#step-accept button[type=submit]').click();
    return (await inbox.locator('#step-state').count()) === 1 ? true : ['no state form after accepting'];
  });
  await axeCheck(inbox, 'an accepted referral');

  await inbox.goto(`${BASE}/inbox/consultation`);
  await axeCheck(inbox, '/inbox/consultation');
  await tally.check('a consultation is sent to the contact point', async () => {
    await inbox.fill('textarea[name=message]', 'Vi har en ungdom som vill lämna ett gäng och behöver råd.');
    await inbox.click('form[action="/inbox/consultation"] button[type=submit]');
    return new URL(inbox.url()).pathname !== '/inbox/consultation' || (await inbox.locator('.error-summary').count()) === 0
      ? true
      : [`ended on ${inbox.url()}`];
  });
  await axeCheck(inbox, 'the consultation result');

  await tally.check('/inbox/notifications answers 200', async () => {
    const response = await inbox.goto(`${BASE}/inbox/notifications`);
    return response.status() === 200 ? true : [`status ${response.status()}`];
  });
  await axeCheck(inbox, '/inbox/notifications');
  await municipality.close();
} finally {
  await browser.close();
}
process.exit(tally.finish());
