import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs';
const N = 10000;
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const page = await ctx.newPage();
const tracks = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `Lane ${id}` }));
const events = Array.from({ length: N }, (_, i) => ({ id: `e${i}`, track: tracks[i % 6].id, start: `${1990 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event number ${i} with a longer title` }));
await page.goto('http://127.0.0.1:5202/edit');
await page.getByRole('button', { name: 'Open a file…' }).waitFor();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open a file…' }).click();
await (await chooser).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ tracks, events })) });
await page.getByRole('heading', { name: `Events (${N})` }).waitFor({ timeout: 120000 });
await page.locator('.timeline-col .plot').waitFor();
console.log('open', Date.now() - t0);
const { profile } = await cdp.send('Profiler.stop');
// self time per function
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]); const f = n.callFrame;
  const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`).join('\n'));
await browser.close();
