// Screenshots of the learner's screens at phone size (360×640): catalog, course, lesson, question,
// feedback, result. Signs in as the demo resident and goes through one course.
// Usage: node learning-screens.mjs [baseUrl] [outDir] [course]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
const course = process.argv[4] ?? 'thanh-toan-truc-tuyen';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
const page = await context.newPage();
const settle = async () => { await page.waitForLoadState('networkidle'); await page.waitForTimeout(300); };
const shot = async (name, full = false) => { await settle(); await page.screenshot({ path: `${out}/learn-${name}.png`, fullPage: full }); };

await page.goto(`${base}/login`);
await settle();
await page.fill('input[name="username"]', process.env.LOGIN ?? '0912345678');
await page.fill('input[name="password"]', 'demo1234');
await page.click('vaadin-button[slot="submit"]');
await page.waitForURL((url) => !url.pathname.startsWith('/login'));

await page.goto(`${base}/learn`); await shot('catalog');
await page.goto(`${base}/learn/${course}`); await shot('course');
await page.click('#course-action'); await shot('lesson');
await shot('lesson-full', true);
// read every lesson to the end
for (let i = 0; i < 10 && page.url().includes('/lesson/'); i++) {
  await page.click('#lesson-next');
  await settle();
}
await shot('course-after-reading');
await page.goto(`${base}/learn/${course}/quiz`); await shot('question');
for (let i = 0; i < 12; i++) {
  await page.waitForTimeout(500); // let the answer components upgrade before tapping
  if (await page.locator('#quiz-choices vaadin-radio-button').count()) {
    await page.locator('#quiz-choices vaadin-radio-button').first().click();
  } else if (await page.locator('#quiz-choices vaadin-checkbox').count()) {
    await page.locator('#quiz-choices vaadin-checkbox').first().click();
  }
  if (i === 1) await shot('question-chosen');
  await page.click('#quiz-answer');
  await settle();
  if (i === 0) await shot('feedback');
  if (await page.locator('#quiz-submit').count()) { await page.click('#quiz-submit'); break; }
  await page.click('#quiz-next');
  await settle();
}
await page.waitForURL((url) => url.pathname.includes('/learn/result/'));
await shot('result');
await shot('result-full', true);
await page.goto(`${base}/progress`); await shot('progress');
await browser.close();
console.log(`screenshots in ${out}/`);
