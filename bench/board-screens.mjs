// Screenshots of a class session at the teacher's laptop/projector (1280×800) and phone (360×640):
// the class page's session card, the live board (with the demo student on a lesson), attendance.
// Starts a session of the demo teacher's first class. Usage: node board-screens.mjs [baseUrl] [outDir]
import { launch, phone } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
mkdirSync(out, { recursive: true });
const browser = await launch();
const settle = async (page) => { await page.waitForLoadState('networkidle'); await page.waitForTimeout(400); };

const teacher = await phone(browser, base, 'giaovien');
await teacher.page.goto(`${base}/classes`);
await settle(teacher.page);
const href = await teacher.page.locator('a[href^="classes/"]').first().getAttribute('href');
const classPath = `${base}/${href}`;
await teacher.page.goto(classPath);
await settle(teacher.page);
if (await teacher.page.locator('#class-session-start').count()) {
  await teacher.page.locator('#class-session').screenshot({ path: `${out}/class-session-card-phone.png` });
  await teacher.page.click('#class-session-start');
  await teacher.page.waitForURL((url) => url.pathname.endsWith('/board'));
}

const student = await phone(browser, base, 'hocsinh');
await student.page.goto(`${base}/learn`);
await settle(student.page);
const course = process.env.COURSE ?? 'tu-bao-ve-tren-khong-gian-mang';
await student.page.goto(`${base}/learn/${course}/lesson/2`);
await settle(student.page);

await teacher.page.goto(`${classPath}/board`);
await settle(teacher.page);
await teacher.page.waitForTimeout(2000); // one poll
await teacher.page.screenshot({ path: `${out}/board-phone.png`, fullPage: true });
await teacher.page.setViewportSize({ width: 1280, height: 800 });
await teacher.page.waitForTimeout(1600);
await teacher.page.screenshot({ path: `${out}/board-laptop.png` });
await teacher.page.goto(`${classPath}/attendance`);
await settle(teacher.page);
await teacher.page.screenshot({ path: `${out}/attendance-laptop.png` });
await teacher.page.setViewportSize({ width: 360, height: 640 });
await teacher.page.waitForTimeout(500);
await teacher.page.screenshot({ path: `${out}/attendance-phone.png`, fullPage: true });
await teacher.page.goto(classPath);
await settle(teacher.page);
await teacher.page.locator('#class-session').screenshot({ path: `${out}/class-session-running-phone.png` });
await browser.close();
console.log(`screenshots in ${out}/`);
