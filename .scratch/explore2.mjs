import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs';
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:5202/edit');
await page.getByRole('button', { name: 'New empty timeline' }).click();
await page.waitForURL(/t=/);
for (const [t, y] of [['Early', '1990'], ['Late', '2020']]) {
  await page.getByRole('button', { name: 'Add event' }).click();
  await page.locator('#f-title-en').fill(t);
  await page.locator('#f-start-year').fill(y);
}
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/ed3.png' });
const box = await page.locator('.timeline-col .plot button[data-id]').first().boundingBox();
console.log('mark', box, await page.locator('.table-col').boundingBox(), await page.locator('.timeline-col').boundingBox());
await browser.close();
