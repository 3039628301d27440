// An ordering question at phone size (360×640): signs in as a demo learner, reads the course's
// lessons, answers the quiz until an ORDER question comes, then puts its steps in the right order
// with the up/down buttons. Counts what went to the server while tapping (the goal: nothing) and
// with the answer, and checks the server graded the order the learner saw. Exit 1 on a failed check.
// Usage: node order-question.mjs [baseUrl] [outDir] [course]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screens';
const course = process.argv[4] ?? 'dich-vu-cong-truc-tuyen';
mkdirSync(out, { recursive: true });

// The right order of each ORDER question, from the course content: its steps are written in order.
function rightOrders() {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'courses', course, 'questions.yaml');
  const orders = new Map();
  for (const block of readFileSync(file, 'utf8').split(/\n  - id: /)) {
    if (!/\n    type: ORDER\n/.test(block)) continue;
    const lines = block.split('\n');
    const prompt = JSON.parse(lines[lines.findIndex((l) => l === '    prompt:') + 1].trim().slice(4));
    const steps = [];
    lines.forEach((l, i) => {
      if (l.trim() === '- text:') steps.push(JSON.parse(lines[i + 1].trim().slice(4)));
    });
    orders.set(prompt, steps);
  }
  return orders;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
const page = await context.newPage();
const settle = async () => { await page.waitForLoadState('networkidle'); await page.waitForTimeout(300); };

// every request to the server, with its bytes both ways
let traffic = [];
page.on('requestfinished', async (request) => {
  const sizes = await request.sizes().catch(() => null);
  traffic.push({
    url: request.url(),
    sent: sizes ? sizes.requestHeadersSize + sizes.requestBodySize : 0,
    received: sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0,
  });
});
const sum = (list) => ({
  requests: list.length,
  uidl: list.filter((t) => t.url.includes('v-r=uidl')).length,
  sent: list.reduce((s, t) => s + t.sent, 0),
  received: list.reduce((s, t) => s + t.received, 0),
});

await page.goto(`${base}/login`);
await settle();
await page.fill('input[name="username"]', process.env.LOGIN ?? '0912345678');
await page.fill('input[name="password"]', 'demo1234');
await page.click('vaadin-button[slot="submit"]');
await page.waitForURL((url) => !url.pathname.startsWith('/login'));

await page.goto(`${base}/learn/${course}`);
await settle();
await page.click('#course-action');
// read every lesson to the end (a first visit after the server starts can be slow: wait for each page)
await page.locator('#lesson-next, #quiz-prompt').first().waitFor();
for (let i = 0; i < 20 && (await page.locator('#lesson-next').count()); i++) {
  const at = await page.locator('#lesson-position').textContent();
  await page.click('#lesson-next');
  await page.waitForFunction((before) => {
    const position = document.querySelector('#lesson-position');
    return !position || position.textContent !== before;
  }, at);
  await settle();
}
await page.goto(`${base}/learn/${course}/quiz`);
await page.locator('#quiz-prompt').waitFor();
await settle();

const orders = rightOrders();
let failed = false;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failed = true; };
const rows = () => page.locator('#quiz-order .kns-order-row');
const shownSteps = async () => (await page.locator('#quiz-order .kns-order-text').allTextContents()).map((t) => t.trim());
// the row's controls, in the order up, down, whichever element draws them
const control = (row, which) => rows().nth(row).locator(':scope > div > *').nth(which === 'up' ? 0 : 1);

let found = false;
try {
for (let i = 0; i < 15; i++) {
  await page.waitForTimeout(500); // let the answer components upgrade before tapping
  if (await page.locator('#quiz-order').count()) {
    found = true;
    await page.locator('#quiz-order .kns-order-row').first().waitFor();
    await settle();
    if (i > 0) {
      const arriving = sum(traffic);
      console.log(`the question arriving (after "next"): ${arriving.requests} requests, ${arriving.sent} B sent, ${arriving.received} B received`);
    }
    const prompt = (await page.locator('#quiz-prompt').textContent()).trim();
    const wanted = orders.get(prompt);
    if (!wanted) throw new Error(`no ORDER question with prompt ${prompt} in ${course}`);
    await settle();
    traffic = [];
    let taps = 0;
    // a learner's hesitation first: one step down and back up
    await control(0, 'down').click(); taps++;
    await page.waitForTimeout(150);
    await control(1, 'up').click(); taps++;
    await page.waitForTimeout(150);
    // by keyboard: the focus stays with the moved step, so pressing again moves it again; the new
    // place is announced
    const first = (await shownSteps())[0];
    await control(0, 'down').focus();
    await page.keyboard.press('Enter'); taps++;
    await page.keyboard.press('Space'); taps++;
    await page.waitForTimeout(300);
    const keyboard = await page.evaluate(() => {
      let e = document.activeElement;
      while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
      return {
        step: e?.closest?.('.kns-order-row')?.querySelector('.kns-order-text')?.textContent?.trim() ?? null,
        label: e?.getAttribute?.('aria-label') ?? null,
        announced: document.querySelector('#quiz-order [aria-live]')?.textContent ?? null,
      };
    });
    console.log(`keyboard: focus on "${keyboard.label}", announced "${keyboard.announced}"`);
    check(keyboard.step === first && (await shownSteps())[2] === first,
      'Enter then Space on a step\'s down button moves it two places and keeps the focus on it');
    await page.screenshot({ path: `${out}/order-keyboard.png` });
    let shot = false;
    for (let target = 0; target < wanted.length; target++) {
      for (let at = (await shownSteps()).indexOf(wanted[target]); at > target; at--) {
        await control(at, 'up').click(); taps++;
        await page.waitForTimeout(150);
        if (at - 1 === target && !shot) {
          // the moved step keeps the keyboard focus, so a screen reader user can press again
          const focused = await page.evaluate(() => {
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
            return e?.closest?.('.kns-order-row')?.querySelector('.kns-order-text')?.textContent?.trim() ?? null;
          });
          console.log(`focus after moving "${wanted[target]}": ${focused === wanted[target] ? 'on the moved step' : `elsewhere (${focused})`}`);
        }
      }
      if (target === 1 && !shot) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/order-question.png` });
        shot = true;
      }
    }
    await page.waitForTimeout(1000); // anything the taps queued has gone by now
    const tapping = sum(traffic);
    const shown = await shownSteps();
    console.log(`${taps} taps: ${tapping.requests} requests (${tapping.uidl} UIDL), ${tapping.sent} B sent, ${tapping.received} B received`);
    check(tapping.uidl === 0, 'no UIDL request while tapping');
    check(JSON.stringify(shown) === JSON.stringify(wanted), 'the steps are shown in the right order');

    traffic = [];
    await page.click('#quiz-answer');
    await page.locator('#quiz-verdict').waitFor();
    await settle();
    const answering = sum(traffic);
    console.log(`answer: ${answering.requests} requests (${answering.uidl} UIDL), ${answering.sent} B sent, ${answering.received} B received`);
    const verdictRight = await page.locator('#quiz-verdict.kns-success').count();
    check(verdictRight === 1, 'the verdict says right for the order shown');
    const given = (await page.locator('.kns-feedback-answer').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
    check(JSON.stringify(given) === JSON.stringify(shown), 'the feedback lists the steps in the order shown');
    await page.screenshot({ path: `${out}/order-feedback.png` });
    break;
  }
  if (await page.locator('#quiz-choices vaadin-radio-button').count()) {
    await page.locator('#quiz-choices vaadin-radio-button').first().click();
  } else if (await page.locator('#quiz-choices vaadin-checkbox').count()) {
    await page.locator('#quiz-choices vaadin-checkbox').first().click();
  }
  await page.click('#quiz-answer');
  await settle();
  if (await page.locator('#quiz-submit').count()) {
    await page.click('#quiz-submit'); // handed in, so the next run starts a new attempt
    await settle();
    break;
  }
  traffic = [];
  await page.click('#quiz-next');
  await settle();
}
} catch (e) {
  await page.screenshot({ path: `${out}/order-error.png` });
  console.error(`${e.message}\nat ${page.url()}; screenshot in ${out}/order-error.png`);
  process.exit(1);
}
await browser.close();
if (!found) {
  console.log('no ORDER question left in this attempt (now handed in): run again, or name another course');
  process.exit(2);
}
process.exit(failed ? 1 : 0);
