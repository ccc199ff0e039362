// The municipality search on the enquiry form: with JavaScript a search box narrows the
// select; without it the plain select is there and the search box is not.
//
//   node municipality-search.mjs http://127.0.0.1:PORT
//
// Prints one line per check and closes with `N passed, M failed`.
import { Tally, baseUrlFromArgs, keepLocal, launch, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('municipality-search.mjs');
watchdog(2 * 60_000, 'municipality-search.mjs');
const tally = new Tally();
const browser = await launch();

try {
  await tally.check('JS: typing narrows the list and picks the single match', async () => {
    const context = await browser.newContext();
    await keepLocal(context, BASE);
    const page = await context.newPage();
    await page.goto(`${BASE}/sv/enquiry`);
    const search = page.locator('#i-municipality-search');
    if ((await search.count()) !== 1) return ['no search box'];
    await search.fill('malm');
    const visible = await page.$$eval('#i-municipality option', (os) =>
      os.filter((o) => o.value && !o.hidden).map((o) => o.text));
    const problems = [];
    if (visible.length !== 1 || visible[0] !== 'Malmö') problems.push(`visible: ${visible.join(', ')}`);
    if ((await page.inputValue('#i-municipality')) !== '1280') problems.push('Malmö is not selected');
    await search.fill('ORE');
    const folded = await page.$$eval('#i-municipality option', (os) =>
      os.filter((o) => o.value && !o.hidden).map((o) => o.text));
    if (!folded.includes('Örebro')) problems.push(`accent-insensitive search misses Örebro: ${folded.join(', ')}`);
    await search.fill('');
    const all = await page.$$eval('#i-municipality option', (os) => os.filter((o) => o.value && !o.hidden).length);
    if (all !== 290) problems.push(`an empty search shows ${all} of 290`);
    await context.close();
    return problems.length ? problems : true;
  });

  await tally.check('no JS: the plain select has all 290 and no search box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await keepLocal(context, BASE);
    const page = await context.newPage();
    await page.goto(`${BASE}/sv/enquiry`);
    const problems = [];
    if ((await page.locator('#i-municipality-search').count()) !== 0) problems.push('search box without JS');
    const count = await page.$$eval('#i-municipality option', (os) => os.filter((o) => o.value).length);
    if (count !== 290) problems.push(`${count} options`);
    await context.close();
    return problems.length ? problems : true;
  });
} finally {
  await browser.close();
}
process.exit(tally.finish());
