// Shared helpers for the browser tests: launch Debian's Chromium (no browser download),
// keep every request on the loopback address, and count page checks.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/** RFC 4648 base32 → bytes. */
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The current 6-digit TOTP code (RFC 6238: SHA-1, 30 s) of a base32 secret. */
export function totp(secret) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page, one line each (the context must
 * bypass CSP: axe is injected inline). */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} [${v.impact}] ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
