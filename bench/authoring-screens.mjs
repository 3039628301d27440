// Screenshots of the trainers' authoring screens at phone size (360×640) and a computer's
// (1280×800): the workspace, the draft editor (settings, a lesson with its preview, a question
// played, the English to update), and the reviewer's comparison. Prints any sideways scroll.
//   node authoring-screens.mjs http://localhost:8091 /tmp/authoring-shots
// Leaves a draft of the course (COURSE, default mua-sam-truc-tuyen) in review (demo data only).
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8091';
const out = process.argv[3] ?? '/tmp/authoring-shots';
const course = process.env.COURSE ?? 'mua-sam-truc-tuyen';
mkdirSync(out, { recursive: true });
const browser = await launch();

async function wide(page, name, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(`${name}: page width ${scroll} px (viewport ${width})${scroll > width ? '  ← SIDEWAYS SCROLL' : ''}`);
}

async function settle(page, ms = 600) {
  await page.waitForTimeout(ms);
  await page.waitForLoadState('networkidle');
}

let draftUrl = null;
for (const [name, size] of [['phone', { width: 360, height: 640 }], ['desk', { width: 1280, height: 800 }]]) {
  const { context, page } = await phone(browser, base, 'giangvien');
  await page.setViewportSize(size);
  await page.goto(`${base}/authoring`);
  await settle(page);
  await page.screenshot({ path: `${out}/${name}-workspace.png`, fullPage: false });
  await wide(page, `${name} workspace`, size.width);
  await page.locator(`#course-edit-${course}`).click();
  await page.waitForURL(/authoring\/draft\//);
  await settle(page);
  draftUrl = page.url();
  await page.screenshot({ path: `${out}/${name}-editor-settings.png` });
  await wide(page, `${name} editor`, size.width);

  await page.locator('#section-lessons').click();
  await settle(page);
  const lesson = page.locator('.kns-lesson-editor').first();
  await lesson.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${name}-lesson.png` });
  await wide(page, `${name} lesson`, size.width);
  if (name === 'phone') {
    await lesson.locator('[id^="lesson-preview-"]').first().click();
    await settle(page);
    await page.locator('.kns-phone-frame').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${name}-lesson-preview.png` });
    await lesson.locator('[id^="lesson-preview-"]').first().click();
    await settle(page);
    // a change to the Vietnamese marks the English to be updated
    const area = lesson.locator('vaadin-text-area textarea').first();
    await area.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nTừ 1/7/2026, người bán trên sàn phải được xác thực.\n');
    await settle(page, 2500);
    await page.locator('[id^="tool-image-"]').first().click();
    await settle(page);
    await page.screenshot({ path: `${out}/${name}-image-dialog.png` });
    await page.keyboard.press('Escape');
    await settle(page);
  }

  await page.locator('#section-questions').click();
  await settle(page);
  const question = page.locator('.kns-question-editor').first();
  await question.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${name}-question.png` });
  await question.locator('[id^="question-play-"]').first().click();
  await settle(page);
  await question.locator('#quiz-choices vaadin-radio-button').first().click();
  await question.locator('#question-play-answer').click();
  await settle(page);
  await question.locator('.kns-question-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${name}-question-played.png` });
  await wide(page, `${name} question`, size.width);

  await page.locator('#section-translations').click();
  await settle(page);
  await page.screenshot({ path: `${out}/${name}-translations.png` });
  if (name === 'desk') {
    await page.locator('#draft-submit').click();
    await settle(page, 1500);
  }
  await context.close();
}

const id = draftUrl.split('/').pop();
for (const [name, size] of [['phone', { width: 360, height: 640 }], ['desk', { width: 1280, height: 800 }]]) {
  const { context, page } = await phone(browser, base, 'quantritinh');
  await page.setViewportSize(size);
  await page.goto(`${base}/authoring/review/${id}`);
  await settle(page, 1000);
  await page.screenshot({ path: `${out}/${name}-review.png` });
  const lesson = page.locator('[id^="diff-lesson-"]').first();
  if (await lesson.count()) {
    await lesson.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${name}-review-diff.png` });
  }
  await page.locator('#review-approve').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${name}-review-decision.png` });
  await wide(page, `${name} review`, size.width);
  await context.close();
}
await browser.close();
