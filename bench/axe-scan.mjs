// Accessibility (WCAG 2.1 A and AA rules of axe-core) of the learner screens at 360×640, as a
// resident: home, courses, a course, a lesson, a question, its feedback, progress, certificates.
// Prints each violation with the elements it concerns; exits 1 when there is any.
//   node axe-scan.mjs http://localhost:8080
import { createRequire } from 'node:module';
import { launch, phone } from './browser.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const base = process.argv[2] ?? 'http://localhost:8080';
const course = 'tu-bao-ve-tren-khong-gian-mang';
const browser = await launch();
const { context, page } = await phone(browser, base, process.env.LEARNER ?? '0912345678');
let total = 0;

async function scan(name) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  total += result.violations.length;
  console.log(`${result.violations.length === 0 ? 'ok  ' : 'FAIL'}  ${name}: ${result.violations.length} violations`);
  for (const v of result.violations) {
    console.log(`      ${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 3)) {
      console.log(`        ${node.target.join(' ')}`);
    }
  }
}

for (const path of ['home', 'learn', `learn/${course}`, `learn/${course}/lesson/1`]) {
  await page.goto(`${base}/${path}`);
  await scan(path);
}
// read every lesson (the quiz opens after them), then the quiz
await page.goto(`${base}/learn/${course}/lesson/1`);
await page.waitForLoadState('networkidle');
for (let i = 0; i < 20 && page.url().includes('/lesson/'); i++) {
  await page.locator('#lesson-next').click();
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
}
await page.goto(`${base}/learn/${course}/quiz`);
await scan('quiz question');
const choice = page.locator('#quiz-choices vaadin-radio-button, #quiz-choices vaadin-checkbox').first();
if (await choice.count()) {
  await choice.click();
  await page.locator('#quiz-answer').click().catch(() => {});
  await scan('quiz feedback');
}
for (const path of ['progress', 'certificates']) {
  await page.goto(`${base}/${path}`);
  await scan(path);
}
await context.close();
await browser.close();
console.log(`${total} violations in all`);
process.exit(total === 0 ? 0 : 1);
