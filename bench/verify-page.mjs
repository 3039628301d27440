// The public certificate check a QR code opens, as an old phone sees it on a first visit (360×640,
// empty cache): requests and bytes over the wire, scripts run, then a screenshot. The page is
// built to stay within 50 KB and one request.
//   node verify-page.mjs http://localhost:8080 <certificate code> [/tmp/verify-page.png]
import { launch, PHONE } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const code = process.argv[3] ?? '7K3QZM8P2XR4T9WB6N1CH5JD0Y';
const shot = process.argv[4] ?? '/tmp/verify-page.png';

const browser = await launch();
for (const [suffix, file] of [['', shot], ['?lang=en', shot.replace(/\.png$/, '-en.png')]]) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  let wire = 0;
  let raw = 0;
  let scripts = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    if (e.type === 'Script') scripts++;
  });
  cdp.on('Network.dataReceived', (e) => { raw += e.dataLength; });
  cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; });
  const url = `${base}/verify/${code}${suffix}`;
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const status = await page.locator('#verify-status, #verify-throttled').first().innerText().catch(() => '');
  console.log(JSON.stringify({
    url,
    http: response?.status(),
    requests: urls.size,
    wireBytes: wire,
    uncompressedBytes: raw,
    scripts,
    status,
    within50KB: wire <= 50 * 1024,
    requested: [...urls.values()],
  }));
  await page.screenshot({ path: file, fullPage: true });
  await context.close();
}
await browser.close();
