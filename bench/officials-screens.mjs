// The officials' screens at phone size (360×640): the official's mandatory training (this year and the
// year before) and the commune admin's year-end evaluation (this year and the year before).
// Usage: node officials-screens.mjs [baseUrl] [outDir]   (app running with the demo profile)
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
mkdirSync(out, { recursive: true });

const browser = await launch();

async function shot(page, file, scrollTo) {
  await page.waitForTimeout(500);
  if (scrollTo) {
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), scrollTo);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: `${out}/${file}.png` });
}

// the year the screen opened on (the app's, in Vietnam), not this machine's
const openYear = (page, group) =>
  page.evaluate((id) => Number(document.querySelector(`#${id} [aria-pressed="true"]`).textContent), group);

{
  const { context, page } = await phone(browser, base, 'canbo', 2);
  await page.goto(`${base}/training`);
  await page.waitForLoadState('networkidle');
  await shot(page, 'official-training');
  await page.click(`#training-year-${(await openYear(page, 'training-year')) - 1}`);
  await shot(page, 'official-training-last-year');
  await context.close();
}
{
  const { context, page } = await phone(browser, base, 'quantrixa', 2);
  await page.goto(`${base}/evaluation`);
  await page.waitForLoadState('networkidle');
  await shot(page, 'admin-evaluation');
  await shot(page, 'admin-evaluation-officials', 'evaluation-summary');
  await page.click(`#evaluation-year-${(await openYear(page, 'evaluation-year')) - 1}`);
  await shot(page, 'admin-evaluation-last-year');
  await context.close();
}
await browser.close();
