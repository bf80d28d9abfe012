import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/chromium.mjs';
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [name, vp, scheme, prefix] of [['phone', { width: 375, height: 812 }, 'light', ''], ['desk-dark', { width: 1280, height: 800 }, 'dark', '/ru']]) {
  const ctx = await browser.newContext({ viewport: vp, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`http://127.0.0.1:5202${prefix}/edit`);
  await page.locator('.start button').nth(1).click();
  await page.waitForURL(/t=/);
  await page.waitForTimeout(800);
  await page.locator('.event-grid [role=row]').nth(4).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/ed-${name}.png`, fullPage: true });
  await page.goto(`http://127.0.0.1:5202${prefix}/edit`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/ed-${name}-list.png`, fullPage: false });
  await ctx.close();
}
await browser.close();
