import { chromium } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext(); const page = await ctx.newPage();
for (const [path, strip] of [['/documents/sco-2020-iis', false], ['/documents/sco-2020-iis', true], ['/', false], ['/', true]]) {
	await page.goto('http://127.0.0.1:5205' + path);
	await page.waitForTimeout(2500);
	if (strip) await page.evaluate(() => document.querySelectorAll('.lineage').forEach((e) => e.remove()));
	const n = await page.evaluate(() => document.querySelectorAll('*').length);
	const t = Date.now();
	await new AxeBuilder({ page }).analyze();
	console.log(path, strip ? 'without lineage' : 'with lineage', n, 'elements', Date.now() - t, 'ms');
}
await browser.close();
