// The coverage charts (week by week, places compared, what the campaigns did), the monthly report
// (its screen; on the desk its XLSX and PDF saved) and the officials' year chart, as a commune admin
// and a province admin see them, at phone size (360×640) and on a desk (1280×800). Screenshots and
// files in the folder given.
//   node trend-screens.mjs http://localhost:8080 /tmp/trend-shots
import { mkdirSync } from 'node:fs';
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? '/tmp/trend-shots';
mkdirSync(out, { recursive: true });
const browser = await launch();
let problems = 0;
for (const login of ['quantrixa', 'quantritinh']) {
  for (const [name, viewport] of [['phone', { width: 360, height: 640 }], ['desk', { width: 1280, height: 800 }]]) {
    const { context, page } = await phone(browser, base, login);
    await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${base}/coverage`);
    await page.waitForLoadState('networkidle');
    const link = page.locator('a[id^="coverage-weeks-"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.waitForURL((u) => u.pathname.endsWith('/weeks'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    const weeksUrl = page.url();
    const charts = await page.locator('kns-chart canvas').evaluateAll((cs) =>
      cs.map((c) => ({ w: c.clientWidth, h: c.clientHeight, label: c.getAttribute('aria-label') })));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    console.log(login, name, page.url().replace(base, ''), 'charts', JSON.stringify(charts), 'sideways scroll:', wide,
      'errors:', errors.length ? errors : 'none');
    if (!charts.length || charts.some((c) => c.w < 200 || c.h < 150) || wide || errors.length) problems++;
    await page.screenshot({ path: `${out}/${login}-${name}.png` });
    await page.screenshot({ path: `${out}/${login}-${name}-full.png`, fullPage: true });
    await page.locator('#compare-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${login}-${name}-compare.png` });
    // the numbers as a table, opened
    await page.locator('#trend-table summary').click();
    await page.locator('#trend-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${login}-${name}-table.png` });
    // a tap on the first bar opens that place's weeks
    const bars = page.locator('#compare-chart canvas');
    if (await bars.count()) {
      await bars.scrollIntoViewIfNeeded();
      const box = await bars.boundingBox();
      // the first bar: in the first of the rows the chart gives each place, at its middle
      const places = await page.locator('#compare-table tbody tr').count();
      const rowHeight = (box.height - 60) / Math.max(1, places);
      await page.mouse.click(box.x + box.width * 0.55, box.y + 12 + rowHeight / 2);
      await page.waitForTimeout(1500);
      console.log('   tap on the first bar →', page.url().replace(base, ''));
    }
    // what the campaigns did, under the charts of the first place
    await page.goto(weeksUrl);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    await page.locator('#effect').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${login}-${name}-effect.png` });
    // the monthly report: the screen, and on the desk its two files
    await page.locator('#trend-report').click();
    await page.waitForURL((u) => u.pathname.endsWith('/month'));
    await page.waitForLoadState('networkidle');
    const reportWide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    console.log('   monthly report', page.url().replace(base, ''), 'sideways scroll:', reportWide);
    await page.screenshot({ path: `${out}/${login}-${name}-report.png` });
    for (const table of ['report-coverage', 'report-campaigns', 'report-officials']) {
      const part = page.locator(`#${table}`);
      if (await part.count()) {
        await part.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}/${login}-${name}-${table}.png` });
      }
    }
    if (name === 'desk') {
      for (const kind of ['xlsx', 'pdf']) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#report-${kind}`).click()]);
        await download.saveAs(`${out}/${login}-report.${kind}`);
        console.log('   saved', `${out}/${login}-report.${kind}`);
      }
    }
    // the officials' year on the evaluation screen
    await page.goto(`${base}/evaluation`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    const progress = page.locator('#evaluation-progress');
    if (await progress.count()) {
      await progress.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/${login}-${name}-officials.png` });
    }
    if (errors.length) {
      console.log('   errors later on:', errors);
      problems++;
    }
    await context.close();
  }
}
console.log(problems ? `${problems} problem(s)` : 'no problems');
await browser.close();
process.exit(problems ? 1 : 0);
