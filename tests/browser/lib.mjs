// Shared helpers for the browser tests: launch Debian's Chromium (no browser download),
// keep every request on the loopback address, and count page checks.
import { chromium } from 'playwright-core';

export const LANGS = ['sv', 'en', 'ar', 'fa', 'prs', 'ps', 'so', 'ti', 'tr', 'fi'];
export const RTL = new Set(['ar', 'fa', 'prs', 'ps']);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The machine has no outside network: without these flags Chromium tries to reach
// Google (updates, sync, QUIC probes) and waits on it.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** BASE_URL from argv, without a trailing slash; only loopback addresses are accepted. */
export function baseUrlFromArgs(script) {
  const raw = process.argv[2];
  if (!raw) {
    console.error(`usage: node ${script} BASE_URL   (e.g. http://127.0.0.1:8080)`);
    process.exit(2);
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    console.error(`not a URL: ${raw}`);
    process.exit(2);
  }
  if (!isLoopback(url.hostname)) {
    console.error(`refusing to test ${url.hostname}: these tests talk only to 127.0.0.1`);
    process.exit(2);
  }
  return url.origin;
}

export function isLoopback(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Aborts every request that does not go to BASE_URL's origin, so no test ever reaches
 * outside the machine. Routes added later (page.route) take precedence over this one.
 */
export async function keepLocal(context, base) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base + '/') || url === base) return route.continue();
    if (url.startsWith('data:') || url.startsWith('about:')) return route.continue();
    return route.abort('blockedbyclient');
  });
}

/** Counts page checks and prints the closing `N passed, M failed` line. */
export class Tally {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
  }
  pass(name, detail = '') {
    this.passed += 1;
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
  }
  fail(name, lines) {
    this.failed += 1;
    const list = Array.isArray(lines) ? lines : [String(lines)];
    this.failures.push({ name, lines: list });
    console.log(`FAIL ${name}`);
    for (const l of list) console.log(`     ${l}`);
  }
  async check(name, fn) {
    try {
      const res = await fn();
      if (res === true || res === undefined) this.pass(name);
      else if (typeof res === 'string') this.pass(name, res);
      else this.fail(name, res);
    } catch (err) {
      this.fail(name, [`error: ${err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : err}`]);
    }
  }
  finish() {
    console.log('');
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 ? 0 : 1;
  }
}

/** A hard stop so a hung browser never holds CI. */
export function watchdog(ms, label) {
  const t = setTimeout(() => {
    console.error(`${label}: still running after ${ms / 1000} s, giving up`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }, ms);
  t.unref();
}
