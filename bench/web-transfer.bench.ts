import { chromium, type Browser, type Page } from 'playwright-core';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import { markMfaExempt } from '../packages/server/src/repositories/user.repository.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';

const EMAIL = 'eigenaar@web.bench.example';
const PASSWORD = 'bench password 123';
// Issue 9: the first visit transfers at most 300 kB compressed.
const GOAL_BYTES = 300 * 1024;

interface Transfer {
  signInPage: number;
  afterSignIn: number;
}

/** Bytes on the wire (headers and body, as Chromium counts them) for what the page loads while `step` runs. */
async function bytesDuring(page: Page, step: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  await step();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return bytes;
}

/** A first visit in a fresh browser profile: the sign-in page, then signing in to the overview. */
async function firstVisit(browser: Browser, url: string, acceptEncoding: string | undefined): Promise<Transfer> {
  const context = await browser.newContext({
    extraHTTPHeaders: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });
  const page = await context.newPage();
  const signInPage = await bytesDuring(page, async () => {
    await page.goto(`${url}/login`);
    await page.getByLabel('E-mailadres').waitFor();
  });
  const afterSignIn = await bytesDuring(page, async () => {
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${url}/`);
  });
  await context.close();
  return { signInPage, afterSignIn };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * What a first visit costs on the wire, served as the browser asks (Brotli) against the same pages with
 * compression refused (`Accept-Encoding: identity`), in the same run. Needs the web build.
 */
export async function benchWebTransfer(p: BenchPlatform): Promise<void> {
  const { ownerId } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'entity',
    name: 'Web Bench BV',
    owner: { email: EMAIL, name: 'Bench', password: PASSWORD },
  });
  // Like a demo account: the first page after sign-in is the overview, not the MFA enrolment an owner
  // otherwise meets first (core/platform/mfa.ts).
  await markMfaExempt(p.app.deps.db, [ownerId]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const plain = await firstVisit(browser, p.url, 'identity');
    const compressed = await firstVisit(browser, p.url, undefined);
    const total = (t: Transfer) => t.signInPage + t.afterSignIn;
    console.log('\n## First visit: bytes transferred (fresh browser profile, loopback)');
    console.log(`sign-in page:           ${kB(compressed.signInPage)} (uncompressed ${kB(plain.signInPage)})`);
    console.log(`first page after login: ${kB(compressed.afterSignIn)} (uncompressed ${kB(plain.afterSignIn)})`);
    console.log(`total:                  ${kB(total(compressed))} (uncompressed ${kB(total(plain))})`);
    console.log(`ratio compressed / uncompressed: ${(total(compressed) / total(plain)).toFixed(3)}`);
    console.log(`ratio total / goal 300 kB: ${(total(compressed) / GOAL_BYTES).toFixed(3)} (goal: ≤ 1)`);
  } finally {
    await browser.close();
  }
}
