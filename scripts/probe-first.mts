import { chromium } from '@playwright/test';
import { benchPaths, startServer } from '../bench/server.ts';
const server = await startServer(benchPaths(process.cwd()));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const n = process.argv[2] ?? '1000';
for (let run = 0; run < 4; run++) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript('window.__name = (f) => f');
	await page.addInitScript(() => {
		new MutationObserver((_, o) => {
			if (document.querySelector('[data-event-id^="evt-"]')) {
				(window as any).__seen = performance.now();
				o.disconnect();
				requestAnimationFrame(() => ((window as any).__raf = performance.now()));
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto(`${server.origin}/embed?src=/bench-data/events-${n}.json&controls=0`);
	await page.waitForFunction(() => (window as any).__raf);
	const r = await page.evaluate(() => ({
		seen: Math.round((window as any).__seen),
		raf: Math.round((window as any).__raf),
		res: performance.getEntriesByType('resource').map((e: any) => `${e.name.split('/').pop().slice(0, 28)} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`),
		nav: Math.round((performance.getEntriesByType('navigation')[0] as any).responseEnd),
		dcl: Math.round((performance.getEntriesByType('navigation')[0] as any).domContentLoadedEventEnd)
	}));
	console.log(JSON.stringify(r));
	await context.close();
}
await browser.close();
await server.close();
