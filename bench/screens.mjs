// Screenshots of the app at phone size (360×640) in headless Chromium, signed in as demo accounts.
// Usage: node screens.mjs [baseUrl] [outDir]   (app running with the demo profile)
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
mkdirSync(out, { recursive: true });

const browser = await launch();

async function session(name, login, pages) {
  const { context, page } = await phone(browser, base, login, 2);
  for (const [path, file, action] of pages) {
    await page.goto(`${base}/${path}`);
    await page.waitForLoadState('networkidle');
    if (action) await action(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}-${file}.png` });
  }
  await context.close();
}

await session('visitor', null, [
  ['', 'landing'],
  ['login', 'login'],
  ['login?throttled=12', 'login-throttled'],
]);
await session('resident', '0912345678', [
  ['home', 'home'],
  ['home', 'menu', (p) => p.click('#menu-toggle')],
  ['profile', 'profile'],
]);
await session('team', 'tocongnghe', [['home', 'home'], ['area', 'area'], ['coverage', 'coverage'], ['households/new', 'register']]);
await session('province', 'quantritinh', [['home', 'home'], ['coverage', 'coverage']]);
await browser.close();
console.log(`screenshots in ${out}/`);
