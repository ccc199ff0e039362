// Accessibility checks of the public site: axe-core with the WCAG 2.1 A and AA rules on
// the main pages of every language, the enquiry form's error state, and reflow at a
// 320 px wide viewport (WCAG 1.4.10). Fails on any violation.
//
//   node a11y.mjs http://127.0.0.1:PORT
//
// Prints one line per page check and closes with `N passed, M failed`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { LANGS, RTL, Tally, baseUrlFromArgs, keepLocal, launch, watchdog } from './lib.mjs';

const BASE = baseUrlFromArgs('a11y.mjs');
const PAGES = ['/', '/enquiry', '/callback', '/young', '/young/enquiry', '/receipt', '/accessibility'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NARROW = 320;
// The empty form is submitted in these languages (one left-to-right, one right-to-left).
const ERROR_STATE_LANGS = ['sv', 'ar'];

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = require('axe-core/package.json').version;

watchdog(15 * 60_000, 'a11y.mjs');

const tally = new Tally();
/** rule id -> { impact, help, pages: Set } for the closing summary. */
const byRule = new Map();

/** Status, lang and dir of the loaded page; problems as lines. */
async function documentProblems(page, response, tag, expectStatus) {
  const problems = [];
  const status = response ? response.status() : 0;
  if (status !== expectStatus) problems.push(`HTTP status ${status}, expected ${expectStatus}`);
  const { lang, dir } = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
  if (lang !== tag) problems.push(`<html lang="${lang}">, expected "${tag}"`);
  const wantDir = RTL.has(tag) ? 'rtl' : 'ltr';
  if ((dir || 'ltr') !== wantDir) problems.push(`<html dir="${dir}">, expected "${wantDir}"`);
  return problems;
}

/** Injects axe-core and runs the WCAG 2.1 A+AA rules; violations as lines. */
async function axeProblems(page, label) {
  // The site's CSP is `script-src 'self'` with no inline script; the context is opened
  // with bypassCSP: true so that this inline copy of axe-core may run.
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        summary: (n.failureSummary || '').split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, WCAG_TAGS);
  const lines = [];
  for (const v of results) {
    let entry = byRule.get(v.id);
    if (!entry) {
      entry = { impact: v.impact, help: v.help, pages: new Map() };
      byRule.set(v.id, entry);
    }
    for (const n of v.nodes) {
      lines.push(`${v.id} [${v.impact}] ${n.target} on ${label} — ${v.help}${n.summary ? ` — ${n.summary}` : ''}`);
      if (!entry.pages.has(label)) entry.pages.set(label, []);
      entry.pages.get(label).push(n.target);
    }
  }
  return lines;
}

const browser = await launch();
let code = 1;
try {
  console.log(`axe-core ${AXE_VERSION}, ${browser.version()}, ${BASE}`);

  // 1. axe on every page of every language.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  await keepLocal(context, BASE);
  const page = await context.newPage();
  for (const tag of LANGS) {
    for (const p of PAGES) {
      const path = `/${tag}${p}`;
      await tally.check(`axe ${path}`, async () => {
        const response = await page.goto(BASE + path, { waitUntil: 'load', timeout: 30_000 });
        const problems = await documentProblems(page, response, tag, 200);
        problems.push(...(await axeProblems(page, path)));
        return problems.length ? problems : true;
      });
    }
  }

  // 1b. The staff console's sign-in page (Swedish by default, English on request).
  for (const tag of ['sv', 'en']) {
    await tally.check(`axe /console/sign-in (${tag})`, async () => {
      await page.setExtraHTTPHeaders({ 'Accept-Language': tag });
      const response = await page.goto(`${BASE}/console/sign-in`, { waitUntil: 'load', timeout: 30_000 });
      await page.setExtraHTTPHeaders({});
      const problems = await documentProblems(page, response, tag, 200);
      problems.push(...(await axeProblems(page, '/console/sign-in')));
      return problems.length ? problems : true;
    });
  }

  // 2. The enquiry form sent empty: the server answers 422 with an error summary.
  for (const tag of ERROR_STATE_LANGS) {
    const path = `/${tag}/enquiry`;
    await tally.check(`axe ${path} (sent empty: error state)`, async () => {
      await page.goto(BASE + path, { waitUntil: 'load', timeout: 30_000 });
      const posted = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url() === BASE + path && r.request().isNavigationRequest(),
        { timeout: 30_000 },
      );
      // The next load event is the error page's (the form page has loaded already).
      const loaded = page.waitForEvent('load', { timeout: 30_000 });
      await page.locator(`form[action="/${tag}/enquiry"] button[type="submit"]`).click();
      const response = await posted;
      await loaded;
      const problems = await documentProblems(page, response, tag, 422);
      const summary = await page.locator('.error-summary').count();
      if (summary === 0) problems.push('no .error-summary on the error page');
      problems.push(...(await axeProblems(page, `${path} (POST, error state)`)));
      return problems.length ? problems : true;
    });
  }
  // 2b. The acute hand-off: an enquiry saying "in danger now", in every language. The page
  // after sending puts 112 (a tel: link) before the receipt code, and passes axe and reflow.
  for (const tag of LANGS) {
    const path = `/${tag}/enquiry`;
    await tally.check(`axe ${path} → hand-off page (acute danger)`, async () => {
      await page.goto(BASE + path, { waitUntil: 'load', timeout: 30_000 });
      const threat = page.locator('[name="threat"]');
      if ((await threat.first().evaluate((el) => el.tagName)) === 'SELECT') {
        await threat.selectOption('acute');
      } else {
        await page.locator('input[name="threat"][value="acute"]').check();
      }
      await page.locator('[name="message"]').fill('axe acute hand-off');
      const loaded = page.waitForURL(/\/enquiry\/sent\//, { waitUntil: 'load', timeout: 30_000 });
      await page.locator(`form[action="/${tag}/enquiry"] button[type="submit"]`).click();
      await loaded;
      const problems = await documentProblems(page, null, tag, 0);
      const order = await page.evaluate(() => {
        const call = document.querySelector('#urgent a[href="tel:112"]');
        const code = document.querySelector('.receipt-code');
        if (!call || !code) return `112 link ${!!call}, receipt code ${!!code}`;
        return call.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING ? 'ok' : '112 comes after the code';
      });
      if (order !== 'ok') problems.push(order);
      problems.push(...(await axeProblems(page, `${path} (sent, acute)`)));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > 1280) problems.push(`scrollWidth ${wide}`);
      return problems.length ? problems : true;
    });
  }
  await context.close();

  // 3. Reflow: no horizontal scrolling at 320 CSS px (WCAG 1.4.10), every page, every language.
  const narrow = await browser.newContext({
    bypassCSP: true,
    viewport: { width: NARROW, height: 640 },
    deviceScaleFactor: 1,
  });
  await keepLocal(narrow, BASE);
  const small = await narrow.newPage();
  for (const tag of LANGS) {
    for (const p of PAGES) {
      const path = `/${tag}${p}`;
      await tally.check(`reflow ${NARROW}px ${path}`, async () => {
        const response = await small.goto(BASE + path, { waitUntil: 'load', timeout: 30_000 });
        const status = response ? response.status() : 0;
        if (status !== 200) return [`HTTP status ${status}, expected 200`];
        const r = await small.evaluate((limit) => {
          const sw = document.documentElement.scrollWidth;
          const wide = [];
          if (sw > limit) {
            for (const el of document.body.querySelectorAll('*')) {
              const b = el.getBoundingClientRect();
              if (b.width === 0) continue;
              if (b.right > limit + 0.5 || b.left < -0.5) {
                const id = el.id ? `#${el.id}` : '';
                const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
                wide.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(b.left)}..${Math.round(b.right)}]`);
              }
            }
          }
          return { sw, wide: wide.slice(0, 8) };
        }, NARROW);
        if (r.sw <= NARROW) return `scrollWidth ${r.sw}`;
        return [`document.documentElement.scrollWidth = ${r.sw} > ${NARROW}`, ...r.wide.map((w) => `wider than the viewport: ${w}`)];
      });
    }
  }
  await narrow.close();

  if (byRule.size) {
    console.log('\nViolations by rule:');
    for (const [id, e] of byRule) {
      console.log(`- ${id} [${e.impact}] ${e.help}`);
      for (const [label, targets] of e.pages) console.log(`    ${label}: ${[...new Set(targets)].join(', ')}`);
    }
  }
  code = tally.finish();
} catch (err) {
  console.error(err);
  tally.fail('a11y.mjs', [String(err)]);
  code = tally.finish() || 1;
} finally {
  await browser.close().catch(() => {});
}
process.exit(code);
