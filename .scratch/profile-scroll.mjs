import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs';
const N = 10000;
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const page = await ctx.newPage();
const tracks = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `Lane ${id}` }));
const events = Array.from({ length: N }, (_, i) => ({ id: `e${i}`, track: tracks[i % 6].id, start: `${1990 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event number ${i} with a longer title` }));
await page.goto('http://127.0.0.1:5202/edit');
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open a file…' }).click();
await (await chooser).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ tracks, events })) });
await page.getByRole('heading', { name: `Events (${N})` }).waitFor({ timeout: 120000 });
await page.locator('.event-grid').focus(); await page.waitForTimeout(1000);
await page.keyboard.press('End');
await page.locator('#f-title-en').waitFor();
await page.waitForTimeout(1000);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const res = await page.evaluate(async () => {
  const g = document.querySelector('.event-grid');
  let work = 0;
  for (let i = 0; i < 100; i++) {
    g.scrollTop += 240;
    await new Promise((r) => g.addEventListener('scroll', r, { once: true }));
    const a = performance.now();
    await new Promise((r) => setTimeout(r, 0));
    work += performance.now() - a;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return work / 100;
});
console.log('after-scroll task ms avg', res.toFixed(2));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), total = new Map();
const dt = profile.timeDeltas, samples = profile.samples;
const key = (n) => { const f = n.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`; };
for (let i = 0; i < samples.length; i++) {
  const d = (dt[i] ?? 0) / 1000; let id = samples[i]; const seen = new Set();
  self.set(key(byId.get(id)), (self.get(key(byId.get(id))) ?? 0) + d);
  while (id !== undefined) { const k = key(byId.get(id)); if (!seen.has(k)) { total.set(k, (total.get(k) ?? 0) + d); seen.add(k); } id = parent.get(id); }
}
console.log('SELF'); console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
console.log('TOTAL'); console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
await browser.close();
