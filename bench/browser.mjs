// What the browser scripts share: headless Chromium as this machine allows it, a phone-sized page,
// and signing in as a demo account (password demo1234).
import { chromium } from 'playwright-core';

export const PHONE = { width: 360, height: 640 };

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // without the background-networking flags Chromium keeps calling out of a closed network
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new phone-sized page, signed in as `login` (a visitor when login is null). */
export async function phone(browser, base, login, scale = 1) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: scale });
  const page = await context.newPage();
  if (login) {
    await page.goto(`${base}/login`);
    await page.waitForLoadState('networkidle');
    await page.fill('input[name="username"]', login);
    await page.fill('input[name="password"]', 'demo1234');
    await page.click('vaadin-button[slot="submit"], vaadin-button[theme~="submit"]');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.waitForLoadState('networkidle');
  }
  return { context, page };
}

/**
 * Fills the household form (signed in as a team member, on households/new) for one member:
 * the first hamlet offered, the address, name, birth year and optional phone, learning consent.
 * Call `saveHousehold` to save it.
 */
export async function fillHousehold(page, base, { address, name, year, phone }) {
  await page.goto(`${base}/households/new`);
  await page.waitForLoadState('networkidle');
  await page.locator('#household-hamlet').click();
  await page.locator('vaadin-select-overlay vaadin-select-item, vaadin-select-item:visible').filter({ hasNotText: 'Tiếng' }).first().click();
  await page.locator('#household-address input').fill(address);
  await page.locator('#member-name-0 input').fill(name);
  await page.locator('#member-year-0 input').fill(String(year));
  if (phone) await page.locator('#member-phone-0 input').fill(phone);
  await page.locator('#consent-learning').click();
}

/** Saves the filled household form, past the "a similar household exists" question if it comes. */
export async function saveHousehold(page) {
  await page.locator('#household-save').click();
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  if (await page.locator('#household-save-anyway').count()) {
    await page.locator('#household-save-anyway').click();
    await page.waitForTimeout(1500);
  }
  await page.waitForLoadState('networkidle');
}
