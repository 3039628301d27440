// Screenshots (360×640) of what a learner sees when the database goes away: the quiz's "Answer" pressed
// while MariaDB is down, a screen opened meanwhile, the public verification page, and a sign-in.
// Used by hand with bench/faults/db-outage.sh's setup: BASE=http://127.0.0.1:PORT KILL_DB='kill -9 …'
// RESTART_DB='…' node bench/faults/db-outage-screens.mjs (from bench/, with playwright-core installed).
import { execSync } from 'node:child_process';
import { launch, phone } from './../browser.mjs';

const base = process.env.BASE;
const out = process.env.OUT ?? '/tmp';
const course = process.env.COURSE ?? 'thanh-toan-truc-tuyen';
const browser = await launch();
const { page } = await phone(browser, base, process.env.LEARNER ?? '0912345678');
await page.goto(`${base}/learn/${course}/quiz`);
await page.waitForSelector('#quiz-answer');
await page.locator('#quiz-choices vaadin-radio-button, #quiz-choices vaadin-checkbox').first().click();
execSync(process.env.KILL_DB);
await page.click('#quiz-answer');
await page.waitForSelector('vaadin-notification-card', { state: 'attached', timeout: 30000 }).catch(() => {});
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/1-answer-while-database-down.png` });
const visitor = await phone(browser, base, null);
await visitor.page.goto(`${base}/verify/ABCD-EFGH-JKLM`).catch(() => {});
await visitor.page.screenshot({ path: `${out}/2-verify-page-while-database-down.png` });
await page.goto(`${base}/learn`).catch(() => {});
// every statement waits up to the pool's 5 s for a connection before the screen says the database is away
await page.waitForSelector('#database-fault-page', { timeout: 20000 }).catch(() => {});
await page.screenshot({ path: `${out}/3-screen-opened-while-database-down.png` });
execSync(process.env.RESTART_DB);
await browser.close();
