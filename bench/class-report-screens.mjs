// Screenshots of the class report (the demo teacher's first class) at phone size (360×640) and on a
// classroom computer (1280×800), the report and the first student's answers, and whether any page
// scrolls sideways. Usage: node class-report-screens.mjs [baseUrl] [outDir]
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
mkdirSync(out, { recursive: true });

const browser = await launch();
const { context, page } = await phone(browser, base, 'giaovien');
const settle = async () => { await page.waitForLoadState('networkidle'); await page.waitForTimeout(400); };
await page.goto(`${base}/classes`);
await settle();
const href = await page.locator('a[href^="classes/"]').first().getAttribute('href');
const classId = href.split('/')[1];
// the app layout scrolls its content, not the page: a tall window shows a whole screen at once
const whole = async (path) => {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: 2600 });
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  await page.setViewportSize(size);
};
const sideways = async () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [label, size] of [['phone', { width: 360, height: 640 }], ['desktop', { width: 1280, height: 800 }]]) {
  await page.setViewportSize(size);
  await page.goto(`${base}/classes/${classId}`);
  await settle();
  await whole(`${out}/class-page-${label}.png`);
  await page.goto(`${base}/classes/${classId}/report`);
  await settle();
  console.log(`${label} report: scrolls sideways by ${await sideways()} px`);
  await page.screenshot({ path: `${out}/class-report-${label}.png` });
  await whole(`${out}/class-report-${label}-full.png`);
  const student = page.locator('[id^="report-answers-"]').first();
  if (await student.count()) {
    await student.click();
    await settle();
    console.log(`${label} answers: scrolls sideways by ${await sideways()} px`);
    await whole(`${out}/class-answers-${label}-full.png`);
  }
}
await context.close();
await browser.close();
console.log(`screenshots in ${out}/`);
