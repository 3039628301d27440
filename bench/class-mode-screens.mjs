// Class mode on a classroom computer, end to end in a real browser: the teacher gives PINs and turns
// class mode on (and is signed out), the tiles at 1280×800 and 360×640, a wrong and a right PIN,
// the child's home with Done, Done back to the tiles with a new session, and (with IDLE=1) the
// server's idle sign-out after one minute. Screenshots go to $OUT (default /tmp/class-mode-shots).
// Usage: node class-mode-screens.mjs http://localhost:8093
import { mkdirSync } from 'node:fs';
import { launch } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.env.OUT ?? '/tmp/class-mode-shots';
mkdirSync(out, { recursive: true });
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 640 };

async function signIn(page, login) {
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  await page.fill('input[name="username"]', login);
  await page.fill('input[name="password"]', 'demo1234');
  await page.click('vaadin-button[slot="submit"], vaadin-button[theme~="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.waitForLoadState('networkidle');
}

const session = async (context) =>
  (await context.cookies()).find((c) => c.name === 'JSESSIONID')?.value;

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, 'giaovien');
  await page.goto(`${base}/classes`);
  await page.waitForLoadState('networkidle');
  const link = await page.locator('a[href^="classes/"]').first().getAttribute('href');
  await page.goto(`${base}/${link}`);
  await page.waitForLoadState('networkidle');
  await page.locator('#class-mode-section').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/teacher-section-1280.png` });
  if (await page.locator('#class-mode-pins-missing').count()) {
    await page.click('#class-mode-pins-missing');
    await page.waitForSelector('#class-mode-new-pins', { state: 'attached' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/teacher-new-pins-1280.png` });
  }
  if (!(await page.locator('#class-mode-new-pins').count())) {
    // every student has a PIN already: a new one for the first
    await page.locator('vaadin-button[id^="class-mode-pin-"]').first().click();
    await page.waitForSelector('#class-mode-new-pins', { state: 'attached' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/teacher-new-pin-1280.png` });
  }
  // [tile number, PIN] of each PIN shown
  const pins = await page.$$eval('.kns-new-pins > div', (lines) =>
    lines.map((l) => [l.querySelector('h3').textContent.match(/\d+/)[0], l.querySelector('span').textContent]));
  console.log('new PINs', JSON.stringify(pins));
  if (pins.length) {
    await page.click('#class-mode-new-pins-close');
    await page.waitForLoadState('networkidle');
  }
  if (process.env.IDLE) {
    await page.fill('#class-mode-idle input', '1');
    await page.press('#class-mode-idle input', 'Tab');
    await page.waitForTimeout(500);
    await page.click('#class-mode-idle-save');
    await page.waitForLoadState('networkidle');
  }
  const teacherSession = await session(context);
  await page.click('#class-mode-start');
  await page.waitForSelector('#class-mode-start-dialog', { state: 'attached' });
  await page.screenshot({ path: `${out}/teacher-start-confirm-1280.png` });
  await page.click('#class-mode-start-yes');
  await page.waitForURL((url) => url.pathname === '/class-mode');
  await page.waitForSelector('#class-mode-tiles');
  await page.waitForLoadState('networkidle');
  const cookies = await context.cookies();
  const device = cookies.find((c) => c.name === 'kns-class-device');
  console.log('device cookie', JSON.stringify({ httpOnly: device.httpOnly, sameSite: device.sameSite, expires: new Date(device.expires * 1000).toISOString() }));
  console.log('teacher session ended', teacherSession !== (await session(context)));
  await page.screenshot({ path: `${out}/tiles-1280.png` });
  // the teacher's pages are gone from this computer
  await page.goto(`${base}/classes`);
  await page.waitForLoadState('networkidle');
  console.log('after class mode, /classes goes to', new URL(page.url()).pathname);

  const [tile, pin] = pins.length ? pins[0] : ['1', null];
  await page.goto(`${base}/class-mode`);
  await page.waitForSelector('#class-mode-tiles');
  await page.click(`#class-mode-tile-${tile}`);
  await page.waitForSelector('#pin-pad', { state: 'attached' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/pin-pad-1280.png` });
  const wrong = pin === '0000' ? '1111' : '0000';
  for (const d of wrong) await page.click(`#pin-key-${d}`);
  await page.waitForFunction(() => document.querySelector('#pin-message')?.textContent?.length > 0);
  await page.screenshot({ path: `${out}/pin-wrong-1280.png` });
  console.log('wrong PIN says', await page.textContent('#pin-message'));
  const tilesSession = await session(context);
  if (pin) {
    for (const d of pin) await page.click(`#pin-key-${d}`);
    await page.waitForURL((url) => url.pathname === '/home');
    await page.waitForSelector('#class-seat-done');
    await page.waitForLoadState('networkidle');
    console.log('signed in with a new session id', tilesSession !== (await session(context)));
    await page.screenshot({ path: `${out}/child-home-1280.png` });
    const childSession = await session(context);
    if (process.env.IDLE) {
      const started = Date.now();
      await page.waitForURL((url) => url.pathname === '/class-mode', { timeout: 120_000 });
      console.log('idle sign-out after', Math.round((Date.now() - started) / 1000), 's');
    } else {
      await page.click('#class-seat-done');
      await page.waitForURL((url) => url.pathname === '/class-mode');
    }
    await page.waitForSelector('#class-mode-tiles');
    await page.waitForLoadState('networkidle');
    console.log('back on the tiles with a new session', childSession !== (await session(context)));
    await page.screenshot({ path: `${out}/tiles-after-done-1280.png` });
    await page.goBack();
    await page.waitForLoadState('networkidle');
    console.log('Back after Done shows', new URL(page.url()).pathname);
    await page.screenshot({ path: `${out}/back-after-done-1280.png` });
  }

  // the same computer at phone size
  const small = await browser.newContext({ viewport: PHONE });
  await small.addCookies([device]);
  const phonePage = await small.newPage();
  await phonePage.goto(`${base}/class-mode`);
  await phonePage.waitForSelector('#class-mode-tiles');
  await phonePage.waitForLoadState('networkidle');
  await phonePage.screenshot({ path: `${out}/tiles-360.png` });
  await phonePage.click(`#class-mode-tile-${tile}`);
  await phonePage.waitForSelector('#pin-pad', { state: 'attached' });
  await phonePage.waitForTimeout(300);
  await phonePage.screenshot({ path: `${out}/pin-pad-360.png` });
  if (pin) {
    for (const d of pin) await phonePage.click(`#pin-key-${d}`);
    await phonePage.waitForURL((url) => url.pathname === '/home');
    await phonePage.waitForSelector('#class-seat-done');
    await phonePage.waitForLoadState('networkidle');
    await phonePage.screenshot({ path: `${out}/child-home-360.png` });
  }

  // a browser without the credential
  const stranger = await browser.newContext({ viewport: PHONE });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`${base}/class-mode`);
  await strangerPage.waitForLoadState('networkidle');
  await strangerPage.waitForTimeout(1000);
  console.log('without the credential /class-mode goes to', new URL(strangerPage.url()).pathname,
    'tiles shown:', await strangerPage.locator('#class-mode-tiles').count(),
    'sign-in form shown:', await strangerPage.locator('vaadin-login-form').count());
  await strangerPage.screenshot({ path: `${out}/without-credential-360.png` });

  // the teacher's page at phone size
  const teacherPhone = await browser.newContext({ viewport: PHONE });
  const tp = await teacherPhone.newPage();
  await signIn(tp, 'giaovien');
  await tp.goto(`${base}/${link}`);
  await tp.waitForLoadState('networkidle');
  await tp.locator('#class-mode-section').scrollIntoViewIfNeeded();
  await tp.screenshot({ path: `${out}/teacher-section-360.png` });
  await tp.locator('#class-mode-start').scrollIntoViewIfNeeded();
  await tp.screenshot({ path: `${out}/teacher-section-360-end.png` });
} finally {
  await browser.close();
}
