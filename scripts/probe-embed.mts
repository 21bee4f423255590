import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const url of ['/embed', '/embed?src=/data/azm-e-istehkam.json', '/embed?event=besham-attack']) {
	const t0 = Date.now();
	await page.goto('http://127.0.0.1:4300' + url);
	await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length > 0 && !document.querySelector('#causeway-embed')?.textContent?.includes('Checking'));
	await page.waitForTimeout(1500);
	console.log(url, Date.now() - t0, 'marks', await page.locator('[data-event-id]').count(), 'url', page.url());
	await page.screenshot({ path: `/tmp/sz/embed-${url.length}.png` });
}
await browser.close();
