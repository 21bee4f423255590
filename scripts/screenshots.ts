/**
 * `npm run screenshots`: captures the pages the README shows, on desktop and a 375 px phone, in
 * light and dark, from a running preview (`npm start` first). Writes PNGs to docs/ (or $OUT).
 * Usage: npm run screenshots -- [path ...]   (default: the README's views)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const out = process.env.OUT ?? 'docs';
const only = process.argv.slice(2);
const shots: { name: string; path: string }[] = only.length
	? only.map((path, i) => ({ name: `shot-${i}`, path }))
	: [
			{ name: 'screenshot', path: '/' },
			{ name: 'chain', path: '/?event=azm-launch&view=2024-02-20/2024-07-05' },
			// The views the label test checks (issue 11), and the TTP filter (issue 12).
			{ name: 'climax', path: '/?view=2024-05-25/2024-07-01' },
			{ name: 'days', path: '/?view=2024-06-06/2024-06-09' },
			{ name: 'year-2022', path: '/?view=2022-01/2022-12' },
			{ name: 'actors', path: '/?layout=actors' },
			{ name: 'ttp', path: '/?actors=ttp' },
			// Three steps of the seed's story (issue 13).
			{ name: 'story-1', path: '/?story=the-argument' },
			{ name: 'story-7', path: '/?story=the-argument&step=7' },
			{ name: 'story-11', path: '/?story=the-argument&step=11' }
		];

const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(out, { recursive: true });
for (const shot of shots) {
	for (const device of [
		{ name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false },
		{ name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
	]) {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({
				viewport: device.viewport,
				isMobile: device.isMobile,
				hasTouch: device.hasTouch,
				deviceScaleFactor: 1,
				colorScheme: scheme,
				timezoneId: 'UTC'
			});
			await page.goto(base + shot.path);
			await page.waitForLoadState('networkidle');
			// Show the timeline with the chain or the story, not the page header (on a phone the
			// story scrolls its own step into sight).
			const story = shot.path.includes('story=');
			if (/[?&]event=/.test(shot.path) || (story && !device.isMobile)) {
				await page.locator('.toolbar').evaluate((el) => el.scrollIntoView({ block: 'start' }));
			}
			await page.waitForTimeout(300);
			const file = `${out}/${shot.name}-${device.name}-${scheme}.png`;
			await page.screenshot({ path: file, fullPage: false });
			console.log(`wrote ${file}`);
			await page.close();
		}
	}
}
await browser.close();
