// Every screen at phone size (360×640), as drawn by headless Chromium: every menu entry of every
// demo role is opened, the menu too, and
//  - every visible button, link, menu item, check box, radio button, tab and field button (the
//    password's eye) is measured: anything smaller than 44×44 CSS px is listed;
//  - nothing runs past the screen's right edge (a table too wide for a phone);
//  - no list sits in a box of its own that scrolls inside the scrolling page (rows cut off);
//  - signing out is within the first screen of the opened menu.
// Each problem is listed with its page; exits 1 when there is any.
// Links inside running text (a sentence in a lesson, a notice) are measured by the line they sit
// on, not counted: WCAG 2.5.5 exempts them, and making them 44 px tall would break the text.
//   node phone-check.mjs http://localhost:8080
import { launch, phone } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const MIN = 44;
const roles = (process.env.ROLES ?? '0912345678,hocsinh,canbo,tocongnghe,giaovien,giangvien,quantrixa,quantritinh')
  .split(',');
// pages every learner reaches from a menu entry, one level down
const extra = {
  '0912345678': ['learn/tu-bao-ve-tren-khong-gian-mang', 'learn/tu-bao-ve-tren-khong-gian-mang/lesson/1',
    'learn/tu-bao-ve-tren-khong-gian-mang/quiz'],
};
// screens opened by a tap rather than a menu entry: [login, name, action on the page]
const taps = {
  tocongnghe: [
    ['a hamlet from my area', async (page) => {
      await page.goto(`${base}/area`);
      await page.waitForLoadState('networkidle');
      await page.locator('#area-grid-0 a').click();
    }],
    ['a household of the hamlet', async (page) => {
      await page.locator('#coverage-households-0 a').click();
    }],
    ['its login card', async (page) => {
      await page.locator('[id^="card-"]').first().click();
    }],
  ],
};

/** Measures the page's tap targets; returns the small ones. */
async function measure(page) {
  return page.evaluate((min) => {
    const selector = [
      'a[href]', 'button', 'vaadin-button', 'vaadin-side-nav-item', 'vaadin-checkbox',
      'vaadin-radio-button', 'vaadin-tab', 'vaadin-drawer-toggle', 'vaadin-menu-bar-button',
      '[part~="clear-button"]', 'vaadin-upload-file button',
      '[role="button"]', '[role="link"]',
    ].join(',');
    const found = [];
    const seen = new Set();
    function walk(root) {
      for (const el of root.querySelectorAll(selector)) {
        if (!seen.has(el)) {
          seen.add(el);
          found.push(el);
        }
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    }
    walk(document);
    const small = [];
    for (const el of found) {
      // the inner <a> or <button> of a Vaadin element is measured through its host
      const host = el.getRootNode().host;
      if (host && (host.matches?.('vaadin-side-nav-item, vaadin-button, vaadin-drawer-toggle, vaadin-tab, vaadin-checkbox, vaadin-radio-button, vaadin-upload, vaadin-password-field-button'))) {
        continue;
      }
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest?.('[hidden]')) continue;
      if (el.hasAttribute('disabled') && el.localName !== 'vaadin-button') continue;
      // links in running text
      if (el.localName === 'a' && el.parentElement?.closest('p, li, .kns-lesson-body') &&
          (el.parentElement.textContent.trim().length > el.textContent.trim().length + 10)) continue;
      // not in the viewport's layout (a closed drawer)
      const drawer = el.closest?.('[slot="drawer"]');
      if (drawer && !document.querySelector('vaadin-app-layout')?.hasAttribute('drawer-opened')) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const text = (el.getAttribute('aria-label') || el.textContent || el.id || el.localName).trim().replace(/\s+/g, ' ').slice(0, 40);
        small.push(`${el.localName}${el.id ? '#' + el.id : ''} "${text}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    // wider than the screen: the page itself, or an element running past the right edge
    const wide = [];
    const content = document.querySelector('vaadin-app-layout')?.shadowRoot?.querySelector('[part~="content"]');
    for (const scroller of [document.scrollingElement, content]) {
      if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
        wide.push(`page is ${scroller.scrollWidth} px wide`);
      }
    }
    // an element drawn past the right edge (inside a box that scrolls sideways, or cut off)
    let widest = null;
    for (const el of (function every(root, out = []) {
      for (const e of root.querySelectorAll('*')) { out.push(e); if (e.shadowRoot) every(e.shadowRoot, out); }
      return out;
    })(document)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= innerWidth + 1) continue;
      const host = el.getRootNode().host;
      if (el.closest?.('[slot="drawer"]') || host?.closest?.('[slot="drawer"]')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (!widest || r.right > widest.right) {
        widest = { right: r.right, name: `${(host ?? el).localName}${(host ?? el).id ? '#' + (host ?? el).id : ''}` };
      }
    }
    if (widest) wide.push(`${widest.name} runs past the screen to x = ${Math.round(widest.right)}`);
    // a box that scrolls on its own inside the page (a list cut off), other than text areas and the menu
    const boxes = [];
    const all = [];
    (function collect(root) {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    })(document);
    for (const el of all) {
      if (el === document.scrollingElement || el === document.body || el === content) continue;
      const host = el.getRootNode().host;
      if (el.closest?.('[slot="drawer"], textarea') || host?.closest?.('vaadin-text-area, vaadin-app-layout, [slot="drawer"], vaadin-combo-box-overlay, vaadin-select-overlay, vaadin-dialog-overlay')) continue;
      if (el.localName === 'textarea' || el.localName === 'vaadin-text-area') continue;
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowY)) continue;
      if (el.scrollHeight > el.clientHeight + 2 && el.clientHeight > 0) {
        const name = host ? `${host.localName}${host.id ? '#' + host.id : ''}` : `${el.localName}${el.id ? '#' + el.id : ''}`;
        boxes.push(`${name} scrolls inside the page (${el.clientHeight} px box, ${el.scrollHeight} px inside)`);
      }
    }
    return [...small, ...wide, ...boxes];
  }, MIN);
}

const browser = await launch();
let failures = 0;
let pages = 0;
for (const login of roles) {
  const { context, page } = await phone(browser, base, login);
  await page.locator('#menu-toggle').click();
  await page.waitForSelector('vaadin-side-nav-item'); // the menu is built as the drawer opens
  await page.waitForTimeout(300);
  const paths = await page.$$eval('vaadin-side-nav-item', (items) => items.map((i) => i.getAttribute('path')));
  const report = async (name) => {
    const small = await measure(page);
    pages++;
    failures += small.length;
    console.log(`${small.length === 0 ? 'ok  ' : 'FAIL'}  ${login} ${name}${small.length ? ': ' + small.length + ' small' : ''}`);
    for (const s of small) console.log(`        ${s}`);
  };
  await report('menu');
  const logout = await page.locator('#logout').boundingBox();
  if (!logout || logout.y + logout.height > 640) {
    failures++;
    console.log(`FAIL  ${login} menu: sign out is below the first screen (${logout ? Math.round(logout.y) : '?'} px)`);
  }
  for (const path of [...paths, ...(extra[login] ?? [])]) {
    await page.goto(`${base}/${path.replace(/^\//, '')}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await report(`/${path.replace(/^\//, '')}`);
  }
  for (const [name, action] of taps[login] ?? []) {
    await action(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await report(name);
  }
  await context.close();
}
await browser.close();
console.log(`${pages} screens, ${failures} problems`);
process.exit(failures === 0 ? 0 : 1);
