// Screenshots of the class page's groups and "give work" form (teacher giaovien, the demo class),
// at phone size and at a classroom computer's size, and of the student's My classes card:
//   node groups-screens.mjs http://localhost:8091 /tmp/groups-shots
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8091';
const out = process.argv[3] ?? '/tmp/groups-shots';
mkdirSync(out, { recursive: true });
const browser = await launch();
for (const [name, size] of [['phone', { width: 360, height: 640 }], ['desk', { width: 1280, height: 800 }]]) {
  const { context, page } = await phone(browser, base, 'giaovien');
  await page.setViewportSize(size);
  await page.goto(`${base}/classes`);
  await page.waitForLoadState('networkidle');
  await page.locator('a[href^="classes/"]').first().click();
  await page.waitForLoadState('networkidle');
  if (await page.locator('[id^="class-group-remove-"]').count() === 0) {
    await page.locator('#class-group-create').click(); // "Nhóm 1"
    await page.waitForTimeout(800);
    await page.waitForLoadState('networkidle');
  }
  const groups = page.locator('#class-groups');
  await groups.scrollIntoViewIfNeeded();
  await groups.screenshot({ path: `${out}/${name}-groups.png` });
  const courses = page.locator('#class-courses');
  await page.locator('#class-for vaadin-radio-button').nth(1).click();
  await page.waitForTimeout(300);
  await courses.screenshot({ path: `${out}/${name}-give.png` });
  const progress = page.locator('#class-progress');
  await progress.screenshot({ path: `${out}/${name}-progress.png` });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(`${name}: page width ${wide} px (viewport ${size.width})`);
  await context.close();
}
const { context, page } = await phone(browser, base, 'hocsinh');
await page.goto(`${base}/home`);
await page.waitForLoadState('networkidle');
await page.locator('#home-classes').screenshot({ path: `${out}/phone-my-classes.png` });
await context.close();
await browser.close();
