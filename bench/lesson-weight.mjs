// Bytes over the wire for a learner's first visit (landing → sign-in → a lesson) and for each
// in-app step from one lesson to the next (the button #lesson-next), as a phone browser sees them.
// Usage: node lesson-weight.mjs [baseUrl] [login] [password] [course]
//   defaults: http://localhost:8080 0912345678 demo1234 tu-bao-ve-tren-khong-gian-mang (demo data)
// Counts what the page loads (CDP Network events, compressed bytes incl. headers) and, separately,
// what the service worker fetches (its precache, and each page's document once it is active),
// which the page's own events do not show.
// SERVICE_WORKERS=block measures the same visit with service workers blocked (the page alone, as
// without @PWA). Note: each #lesson-next click records the lesson as read for that learner.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';
const { chromium } = await import('playwright-core');

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const login = process.argv[3] ?? '0912345678';
const password = process.argv[4] ?? 'demo1234';
const course = process.argv[5] ?? 'tu-bao-ve-tren-khong-gian-mang';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const serviceWorkers = process.env.SERVICE_WORKERS === 'block' ? 'block' : 'allow';
const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');

// Every response is booked to the step during which its request started.
let step = 'landing';
const steps = new Map(); // step -> { requests, wire, raw, cached, sw, swRequests, urls }
const book = (name) => {
  if (!steps.has(name)) steps.set(name, { requests: 0, wire: 0, raw: 0, cached: 0, sw: 0, swRequests: 0, urls: [] });
  return steps.get(name);
};
const inFlight = new Map(); // requestId -> { step, raw, cached }
const of = (id) => inFlight.get(id) ?? inFlight.set(id, { step, raw: 0, cached: false }).get(id);
cdp.on('Network.requestWillBeSent', (e) => { of(e.requestId); book(step); });
cdp.on('Network.requestServedFromCache', (e) => { of(e.requestId).cached = true; });
cdp.on('Network.dataReceived', (e) => { of(e.requestId).raw += e.dataLength; });
cdp.on('Network.responseReceived', (e) => {
  const r = of(e.requestId);
  if (e.response.fromDiskCache || e.response.fromServiceWorker || e.response.fromPrefetchCache) r.cached = true;
  r.url = e.response.url.replace(base, '');
  if (e.response.fromServiceWorker) r.viaServiceWorker = true;
});
cdp.on('Network.loadingFinished', (e) => {
  const r = of(e.requestId);
  const s = book(r.step);
  s.wire += e.encodedDataLength;
  s.requests++;
  if (r.cached) s.cached++;
  else s.raw += r.raw;
  if (r.url && !r.url.startsWith('data:')) {
    s.urls.push(`${r.url} ${e.encodedDataLength}${r.viaServiceWorker ? ' (via service worker)' : r.cached ? ' (cache)' : ''}`);
  }
  inFlight.delete(e.requestId);
});
// The service worker's own fetches (Workbox precache, pages); only with the experimental flag above.
context.on('requestfinished', async (request) => {
  if (!request.serviceWorker()) return;
  const at = step;
  try {
    const sizes = await request.sizes(); // body as received (compressed) and headers
    const s = book(at);
    s.sw += Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
    s.swRequests++;
  } catch { /* the worker went away */ }
});

async function settle() {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800); // late lazy chunks, the service worker's precache
}

// 1. First visit, empty cache: landing, sign-in page, sign in, the first lesson.
await page.goto(`${base}/`, { waitUntil: 'networkidle' });
// a service worker (Vaadin's @PWA) installs in the background: wait until it has precached
await page.evaluate(() => 'serviceWorker' in navigator
  ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15000))]) : null);
await settle();
step = 'sign-in page';
await page.goto(`${base}/login`);
await settle();
step = 'sign in (form post → home)';
await page.fill('input[name="username"]', login);
await page.fill('input[name="password"]', password);
await page.click('vaadin-button[slot="submit"], vaadin-button[theme~="submit"]');
await page.waitForURL((url) => !url.pathname.startsWith('/login'));
await settle();
step = 'lesson 1 (opened by address)';
await page.goto(`${base}/learn/${course}/lesson/1`);
await page.waitForSelector('#lesson-next');
await settle();
const firstVisitSteps = [...steps.keys()];

// 2. In the app: lesson n → lesson n+1 with the "next" button.
const inApp = [];
for (let n = 1; ; n++) {
  const position = await page.textContent('#lesson-position');
  const total = Number((position.match(/(\d+)\D+(\d+)/) ?? [])[2] ?? 0);
  if (!total || n >= total) break;
  step = `lesson ${n} → ${n + 1} (#lesson-next)`;
  inApp.push(step);
  await page.click('#lesson-next');
  await page.waitForFunction((old) => document.querySelector('#lesson-position')?.textContent !== old, position);
  await settle();
}
step = 'done';
await browser.close();

const kb = (bytes) => +(bytes / 1024).toFixed(1);
const row = (name) => {
  const s = book(name);
  return { step: name, requests: s.requests, fromCache: s.cached, wireKB: kb(s.wire), uncompressedKB: kb(s.raw),
           serviceWorkerKB: kb(s.sw), serviceWorkerRequests: s.swRequests };
};
const first = firstVisitSteps.map(row);
const sum = (rows, key) => +rows.reduce((a, r) => a + r[key], 0).toFixed(1);
const next = inApp.map(row);
console.table([...first, ...next]);
const landingSw = first.length ? first[0].serviceWorkerKB : 0;
const laterSw = +(sum(first, 'serviceWorkerKB') - landingSw).toFixed(1);
console.log(JSON.stringify({
  base,
  serviceWorkers,
  firstVisit: {
    requests: first.reduce((a, r) => a + r.requests, 0),
    pageKB: sum(first, 'wireKB'),
    // once the service worker is active it fetches each page (document) for the page
    documentsViaServiceWorkerKB: laterSw,
    withoutPrecacheKB: +(sum(first, 'wireKB') + laterSw).toFixed(1),
    serviceWorkerPrecacheKB: landingSw,
    totalKB: +(sum(first, 'wireKB') + sum(first, 'serviceWorkerKB')).toFixed(1),
  },
  nextLesson: {
    count: next.length,
    maxKB: next.length ? Math.max(...next.map((r) => r.wireKB + r.serviceWorkerKB)) : null,
    meanKB: next.length ? +(next.reduce((a, r) => a + r.wireKB + r.serviceWorkerKB, 0) / next.length).toFixed(1) : null,
  },
}));
if (process.env.VERBOSE) for (const [name, s] of steps) console.log(name, s.urls);
