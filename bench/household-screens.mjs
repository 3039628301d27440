// A team member registers a household at 360×640 and lands on its page, then prints the first
// member's login card; screenshots of each step.
//   node household-screens.mjs http://localhost:8091 /tmp/household-shots
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8091';
const out = process.argv[3] ?? '/tmp/household-shots';
mkdirSync(out, { recursive: true });
const browser = await launch();
const { context, page } = await phone(browser, base, 'tocongnghe');
await page.goto(`${base}/households/new`);
await page.waitForLoadState('networkidle');
const n = Date.now() % 100000;
// the team member's hamlet
await page.locator('#household-hamlet').click();
await page.locator('vaadin-select-overlay vaadin-select-item, vaadin-select-item:visible').filter({ hasNotText: 'Tiếng' }).first().click();
await page.locator('#household-address input').fill(`Số ${n}, xóm Chùa`);
await page.locator('#member-name-0 input').fill('Đặng Thị Hường');
await page.locator('#member-year-0 input').fill('1958');
await page.locator('#member-phone-0 input').fill(`0977${String(n).padStart(6, '0')}`);
await page.locator('#consent-learning').click();
await page.screenshot({ path: `${out}/1-form.png` });
await page.locator('#household-save').click();
await page.waitForTimeout(1500);
await page.waitForLoadState('networkidle');
if (await page.locator('#household-save-anyway').count()) {
  await page.locator('#household-save-anyway').click();
  await page.waitForTimeout(1500);
}
console.log('after saving:', page.url());
await page.screenshot({ path: `${out}/2-household-page.png`, fullPage: true });
console.log(await page.locator('[invalid], .kns-error, vaadin-notification-card').allInnerTexts());
const card = page.locator('[id^="card-"]').first();
if (await card.count()) {
  await card.click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/3-card.png` });
}
await context.close();
await browser.close();
