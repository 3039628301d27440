// A learner whose app node is killed mid-quiz, as a person lives it, in a real browser at phone size:
// through the balancer, they answer a few questions; the node that serves them (the balancer's
// KNSNODE cookie says which) is killed with kill -9; they tap again, meet the sign-in page (the
// other node knows nothing of their screens), sign in again and open the course, which resumes
// the quiz at the first question they had not answered.
// Prints: which node was killed, the time from the kill to the sign-in page, from signing in to the
// question on screen, and in all; exit 1 when the quiz does not resume at the right question.
// Usage: node bench/cluster/mid-quiz.mjs <balancer url> <login> <password> <course> [answers before the kill]
// The node's process id is read from $NODES_DIR/node-<a|b>.pid (bench/cluster/nodes.sh).
import { readFileSync } from 'node:fs';
import { launch, PHONE } from '../browser.mjs';

const [base, login, password, course] = process.argv.slice(2, 6);
const before = Number(process.argv[6] ?? 3);
const nodesDir = process.env.NODES_DIR ?? '/tmp/kns-nodes';
if (!course) {
  console.error('usage: node mid-quiz.mjs <balancer url> <login> <password> <course> [answers]');
  process.exit(2);
}

const browser = await launch();
const context = await browser.newContext({ viewport: PHONE });
const page = await context.newPage();
const settle = async () => { await page.waitForLoadState('networkidle'); await page.waitForTimeout(300); };
// a question answered leaves its screen in the page, hidden: only what is shown counts
const shownNow = (selector) => page.locator(selector.split(',').map((s) => `${s.trim()}:visible`).join(', ')).first();

async function signIn() {
  await page.fill('input[name="username"]', login);
  await page.fill('input[name="password"]', password);
  await page.click('vaadin-button[slot="submit"], vaadin-button[theme~="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 60_000 });
}

async function position() {
  return (await shownNow('#quiz-position').textContent({ timeout: 60_000 })).trim();
}

async function answerOne() {
  await page.waitForTimeout(400); // the answer components upgrade before a tap
  await shownNow('#quiz-choices vaadin-radio-button, #quiz-choices vaadin-checkbox').click();
  await shownNow('#quiz-answer').click();
  await shownNow('#quiz-next, #quiz-submit').waitFor({ timeout: 30_000 });
}

await page.goto(`${base}/login`);
await settle();
await signIn();
// a fresh attempt: the quiz page resumes an open one or starts one
await page.goto(`${base}/learn/${course}/quiz`);
await settle();
let shown = await position();
for (let i = 0; i < before; i++) {
  await answerOne();
  if (await page.locator('#quiz-submit:visible').count()) break; // the last question: keep it unanswered
  await shownNow('#quiz-next').click();
  await settle();
  shown = await position();
}
const expected = shown; // the first unanswered question, on screen now
const node = (await context.cookies()).find((c) => c.name === 'KNSNODE')?.value;
if (!node) { console.error('no KNSNODE cookie: is this the balancer?'); process.exit(1); }
const pid = Number(readFileSync(`${nodesDir}/node-${node}.pid`, 'utf8').trim());

const killedAt = Date.now();
process.kill(pid, 'SIGKILL');
console.log(`mid-quiz-killed at=${killedAt} node=${node}`); // bench/cluster/run-all.sh starts the node again
// the learner taps on: the next request finds the other node, which has no session of theirs
await page.waitForTimeout(200);
await shownNow('#quiz-choices vaadin-radio-button, #quiz-choices vaadin-checkbox').click({ timeout: 5_000 }).catch(() => {});
await shownNow('#quiz-answer').click({ timeout: 5_000 }).catch(() => {});
await page.waitForURL((url) => url.pathname.startsWith('/login'), { timeout: 60_000 })
  .catch(async () => { await page.goto(`${base}/learn/${course}/quiz`); await page.waitForURL((url) => url.pathname.startsWith('/login'), { timeout: 60_000 }); });
await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
const signInShown = Date.now();

await signIn();
await page.goto(`${base}/learn/${course}/quiz`);
const resumed = await position();
const answering = Date.now();
await page.screenshot({ path: process.env.SHOT ?? '/tmp/mid-quiz-resumed.png' });
const otherNode = (await context.cookies()).find((c) => c.name === 'KNSNODE')?.value;
await browser.close();

console.log(`mid-quiz: node ${node} killed (pid ${pid}) on "${expected}"; now served by node ${otherNode}`);
console.log(`mid-quiz: kill → sign-in page ${signInShown - killedAt} ms; sign-in → "${resumed}" on screen ${answering - signInShown} ms; kill → answering again ${answering - killedAt} ms (typing not counted)`);
if (resumed !== expected || otherNode === node) {
  console.log(`mid-quiz: FAILED: expected "${expected}" on the other node, got "${resumed}" on node ${otherNode}`);
  process.exit(1);
}
console.log('mid-quiz: resumed at the first unanswered question on the other node');
