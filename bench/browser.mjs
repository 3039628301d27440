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
