// Enrolling a class by list, its login cards, and adding an enrolled student to a household, at phone
// size (360×640) and on a classroom computer (1280×800). Saves the cards PDFs it downloads beside
// the screenshots. Usage: node enrol-screens.mjs [baseUrl] [outDir]   (app running with the demo profile)
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
mkdirSync(out, { recursive: true });
const browser = await launch();

async function shot(page, file, scrollTo) {
  await page.waitForTimeout(600);
  if (scrollTo) {
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), scrollTo);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: `${out}/${file}.png` });
}

async function openClass(page) {
  await page.goto(`${base}/classes`);
  await page.waitForLoadState('networkidle');
  await page.click('text=Lớp 8A');
  await page.waitForLoadState('networkidle');
  await page.waitForSelector('#class-enrol');
}

async function paste(page, text) {
  await page.fill('#enrol-paste textarea', text);
  await page.click('#enrol-paste-check');
  await page.waitForTimeout(800);
}

// ONLY=household skips the enrolling (its lists can be enrolled once per demo database)
const classScreens = process.env.ONLY !== 'household';
for (const [size, viewport, suffix, students] of !classScreens ? [] : [
  ['phone', { width: 360, height: 640 }, '360', ['Trương Văn Bình, 2013', 'Lê Thị Hồng Nhung, 2012, 0987 654 321', 'Đặng Quốc Huy, 2012']],
  ['desktop', { width: 1280, height: 800 }, '1280', ['Phạm Ngọc Ánh, 2013', 'Vũ Đức Thắng, 2013', 'Nguyễn Thị Thuỳ Dương, 2014']],
]) {
  const { context, page } = await phone(browser, base, 'giaovien');
  await page.setViewportSize(viewport);
  await openClass(page);
  await shot(page, `enrol-${suffix}-empty`, 'class-enrol');
  await paste(page, `${students[0]}\n, 2013\n${students[1].split(',')[0]}, 1850\nHoàng Văn Ba, 2013, 12345\n${students[0].toUpperCase()}`);
  await shot(page, `enrol-${suffix}-problems`, 'enrol-result');
  await paste(page, students.join('\n'));
  await shot(page, `enrol-${suffix}-preview`, 'enrol-result');
  await page.click('#enrol-confirm');
  await page.waitForSelector('#enrol-done', { state: 'attached' });
  await page.waitForSelector('#enrol-cards');
  await shot(page, `enrol-${suffix}-done`);
  const [cards] = await Promise.all([page.waitForEvent('download'), page.click('#enrol-cards')]);
  await cards.saveAs(`${out}/enrol-${suffix}-new-cards.pdf`);
  await page.click('#enrol-done-close');
  await shot(page, `enrol-${suffix}-students`, 'class-students');
  if (size === 'desktop') {
    const [all] = await Promise.all([page.waitForEvent('download'), page.click('#class-cards')]);
    await all.saveAs(`${out}/class-cards.pdf`);
  }
  await context.close();
}

for (const [viewport, suffix] of [[{ width: 360, height: 640 }, '360'], [{ width: 1280, height: 800 }, '1280']]) {
  const { context, page } = await phone(browser, base, 'tocongnghe');
  await page.setViewportSize(viewport);
  for (let id = 1; id < 12; id++) {
    await page.goto(`${base}/households/${id}`);
    await page.waitForLoadState('networkidle');
    if (await page.$('#household-add-student')) break;
  }
  await page.fill('#household-student-name input', suffix === '360' ? 'truong van binh' : 'Phạm Ngọc Ánh');
  await page.fill('#household-student-year input', '2013');
  await page.click('#household-student-search');
  await page.waitForTimeout(800);
  await shot(page, `household-student-${suffix}`, 'household-add-student');
  await context.close();
}
await browser.close();
