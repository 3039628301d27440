// Bytes over the wire for a first visit, as a phone browser with an empty cache sees it.
// Usage: node page-weight.mjs [url]   → prints requests, compressed and uncompressed bytes.
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://localhost:8080/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
const decoded = new Map();
let wire = 0;
let requests = 0;
cdp.on('Network.dataReceived', (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; requests++; });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1000);
const raw = [...decoded.values()].reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ url, requests, wireKB: +(wire / 1024).toFixed(1), uncompressedKB: +(raw / 1024).toFixed(1) }));
await browser.close();
