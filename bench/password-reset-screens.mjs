// A resident forgot the password: the team member sets a new one on a new card (360×640), the card
// as a PDF, then the resident signs in with the new card's QR code and is asked to choose a password.
//   node password-reset-screens.mjs http://localhost:8094 /tmp/newcard-shots
// Reading the QR code needs zbarimg (Debian: zbar-tools).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fillHousehold, launch, phone, saveHousehold } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8094';
const out = process.argv[3] ?? '/tmp/newcard-shots';
mkdirSync(out, { recursive: true });
const browser = await launch();
const { context, page } = await phone(browser, base, 'tocongnghe');
const n = Date.now() % 100000;
await fillHousehold(page, base, { address: `Số ${n}, xóm Quên`, name: 'Hoàng Thị Quế', year: 1955 });
await saveHousehold(page);
const card = page.locator('[id^="card-"]').first();
await card.click(); // the first card: a new account, its password
await page.waitForTimeout(1000);
await page.locator('#login-card-close').click();
await page.waitForTimeout(500);
await card.click(); // a card made again: no password, and the way to set a new one
await page.waitForTimeout(1000);
await page.screenshot({ path: `${out}/1-reprint.png` });
await page.locator('#login-card-reset').scrollIntoViewIfNeeded();
await page.screenshot({ path: `${out}/2-reprint-reset-button.png` });
await page.locator('#login-card-reset').click();
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/3-confirm.png` });
await page.locator('#reset-password-confirm').click();
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/4-new-card.png` });
const password = await page.locator('#login-card-password').last().innerText();
const login = await page.locator('#login-card-login').last().innerText();
console.log('login cards in the page:', await page.locator('#login-card-login').count());
console.log('new card:', login, password);
const box = await page.locator('#login-card-password').last().boundingBox();
console.log('password box (must lie inside 360×640):', JSON.stringify(box));
// the PDF of the new card
const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#login-card-pdf').last().click()]);
await download.saveAs(`${out}/5-card.pdf`);
execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', `${out}/5-card.pdf`, `${out}/5-card`]);
console.log(execFileSync('pdftotext', [`${out}/5-card.pdf`, '-']).toString().split('\n').slice(0, 12).join(' | '));
// the QR code, as the resident's camera would read it
await page.locator('#login-card-qr').last().scrollIntoViewIfNeeded();
await page.locator('#login-card-qr').last().screenshot({ path: `${out}/qr.png` });
const link = execFileSync('zbarimg', ['-q', '--raw', `${out}/qr.png`]).toString().trim();
console.log('QR:', link.replace(/signin\/.*/, 'signin/…'));
await context.close();

// the resident's own phone
const resident = await phone(browser, base, null);
const path = new URL(link).pathname;
await resident.page.goto(`${base}${path}`);
await resident.page.waitForLoadState('networkidle');
await resident.page.screenshot({ path: `${out}/6-signin-link.png` });
await resident.page.locator('#signin-link-confirm').click();
await resident.page.waitForTimeout(1500);
await resident.page.screenshot({ path: `${out}/7-choose-password.png` });
await resident.page.locator('#choose-password-new input').fill('hoa sen nở sớm');
await resident.page.locator('#choose-password-repeat input').fill('hoa sen nở sớm');
await resident.page.locator('#choose-password-new [part="reveal-button"], #choose-password-new vaadin-password-field-button').first().click();
await resident.page.screenshot({ path: `${out}/8-choose-password-filled.png` });
await resident.page.locator('#choose-password-save').click();
await resident.page.waitForURL((url) => url.pathname.startsWith('/home'), { timeout: 15000 });
await resident.page.waitForLoadState('networkidle');
await resident.page.screenshot({ path: `${out}/9-home.png` });
console.log('after choosing:', resident.page.url(), '· menu button:', await resident.page.locator('#menu-toggle').isVisible(),
  '· lang:', await resident.page.evaluate(() => document.documentElement.lang), '· title:', await resident.page.title());
await resident.context.close();

// the old password no longer signs in; the chosen one does
const check = await phone(browser, base, null);
for (const [typed, name] of [[password, 'card password'], ['hoa sen nở sớm', 'chosen password']]) {
  await check.page.goto(`${base}/login`);
  await check.page.waitForLoadState('networkidle');
  await check.page.fill('input[name="username"]', login);
  await check.page.fill('input[name="password"]', typed);
  await check.page.click('vaadin-button[slot="submit"], vaadin-button[theme~="submit"]');
  await check.page.waitForTimeout(2000);
  console.log(name, '→', new URL(check.page.url()).pathname);
}
writeFileSync(`${out}/done.txt`, 'ok\n');
await browser.close();
