import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs';
const N = Number(process.argv[2] ?? 10000);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
const tracks = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `Lane ${id}` }));
const events = Array.from({ length: N }, (_, i) => ({ id: `e${i}`, track: tracks[i % 6].id, start: `${1990 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event number ${i} with a longer title` }));
await page.goto('http://127.0.0.1:5202/edit');
const t0 = Date.now();
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open a file…' }).click();
await (await chooser).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ tracks, events })) });
await page.getByRole('heading', { name: `Events (${N})` }).waitFor({ timeout: 120000 });
await page.locator('.timeline-col .plot').waitFor();
console.log('open file -> editor shown', Date.now() - t0, 'ms');
await page.locator('.event-grid').focus();
await page.keyboard.press('End');
await page.locator('#f-title-en').waitFor();
// Keystrokes: time from input event to the next frame after the update.
const times = await page.evaluate(async () => {
  const input = document.getElementById('f-title-en');
  const out = [];
  for (let i = 0; i < 30; i++) {
    const a = performance.now();
    input.value = input.value + 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - a);
  }
  return out;
});
times.sort((a, b) => a - b);
console.log('keystroke->frame ms: median', times[15].toFixed(1), 'p90', times[27].toFixed(1), 'max', times[29].toFixed(1));
// Scrolling the table: frame times while scrolling.
const frames = await page.evaluate(async () => {
  const g = document.querySelector('.event-grid');
  const out = [];
  let last = performance.now();
  for (let i = 0; i < 120; i++) {
    g.scrollTop += 300;
    await new Promise((r) => requestAnimationFrame(r));
    const t = performance.now();
    out.push(t - last);
    last = t;
  }
  return { out, rows: document.querySelectorAll('.event-grid .body [role=row]').length };
});
frames.out.sort((a, b) => a - b);
console.log('scroll frames ms: median', frames.out[60].toFixed(1), 'p95', frames.out[114].toFixed(1), 'rows in DOM', frames.rows);
await browser.close();
