// Every screen's Vaadin components are in the production bundle: opens each route (as a person allowed
// to) in headless Chromium, directly and by navigation, and lists custom elements the browser does not
// know (a component missing from src/main/bundles/prod.bundle shows as nothing at all in production mode).
// Usage: node components-check.mjs [baseUrl]   (app running with the demo profile); exit code 1 on any.
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const browser = await launch();

const visits = [
  [null, ['', 'login', 'verify', 'verify/ABCDE-ABCDE-ABCDE-ABCDE-ABCDEF']],
  ['0912345678', ['home', 'profile', 'learn', 'learn/tu-bao-ve-tren-khong-gian-mang',
    'learn/tu-bao-ve-tren-khong-gian-mang/lesson/1', 'learn/tu-bao-ve-tren-khong-gian-mang/quiz',
    'progress', 'certificates', 'my-data']],
  ['canbo', ['training', 'learn']],
  ['tocongnghe', ['home', 'worklist', 'area', 'coverage', 'campaigns', 'households/new', 'households/import',
    'households/1', 'data-requests/new/1']],
  ['quantrixa', ['evaluation', 'places', 'places/import', 'certificates/print', 'coverage', 'area',
    'data-requests', 'sensitive-log', 'my-data']],
  ['giangvien', ['content', 'authoring']],
  ['quantritinh', ['authoring', 'authoring/review/1']],
  ['giaovien', ['home', 'classes', 'classes/1', 'classes/1/report']],
  ['hocsinh', ['home', 'join']],
];

async function unknownElements(page) {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('*')]
    .map((e) => e.localName)
    .filter((t) => t.includes('-') && !customElements.get(t))
    // plain containers that are never defined as components
    .filter((t) => !t.startsWith('flow-container-') && t !== 'vaadin-grid-cell-content'))]);
}

let problems = 0;
for (const [login, paths] of visits) {
  const { context, page } = await phone(browser, base, login);
  for (const path of paths) {
    await page.goto(`${base}/${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const unknown = await unknownElements(page);
    console.log(`${unknown.length ? 'MISSING' : 'ok     '} ${login ?? 'visitor'} /${path}${unknown.length ? ': ' + unknown.join(', ') : ''}`);
    problems += unknown.length;
  }
  await context.close();
}
await browser.close();
process.exit(problems ? 1 : 0);
