import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs';
const N = Number(process.argv[2] ?? 10000);
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
await page.locator('.event-grid').focus();
await page.keyboard.press('End');
await page.locator('#f-title-en').waitFor();
await page.waitForTimeout(1500);
const r = await page.evaluate(async () => {
  const input = document.getElementById('f-title-en');
  const sync = [], frame = [];
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const a = performance.now();
    input.value = input.value + 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve(); await Promise.resolve();
    await new Promise((r) => queueMicrotask(r));
    const b = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    sync.push(b - a); frame.push(performance.now() - a);
  }
  const med = (x) => x.sort((a, b) => a - b)[x.length >> 1].toFixed(1);
  return { sync: med(sync), frame: med(frame) };
});
console.log(N, 'keystroke: script', r.sync, 'ms; to next frame', r.frame, 'ms');
await browser.close();
