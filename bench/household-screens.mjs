// A team member registers a household at 360×640 and lands on its page, then prints the first
// member's login card; screenshots of each step.
//   node household-screens.mjs http://localhost:8091 /tmp/household-shots
import { mkdirSync } from 'node:fs';
import { fillHousehold, launch, phone, saveHousehold } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8091';
const out = process.argv[3] ?? '/tmp/household-shots';
mkdirSync(out, { recursive: true });
const browser = await launch();
const { context, page } = await phone(browser, base, 'tocongnghe');
const n = Date.now() % 100000;
// the team member's hamlet
await fillHousehold(page, base, {
  address: `Số ${n}, xóm Chùa`, name: 'Đặng Thị Hường', year: 1958, phone: `0977${String(n).padStart(6, '0')}`,
});
await page.screenshot({ path: `${out}/1-form.png` });
await saveHousehold(page);
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
