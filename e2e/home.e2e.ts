import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	events: { id: string; title: string; date: string; sources?: { url?: string }[] }[];
};

test.describe('home page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every event in date order, each with a <time> and its sources', async ({ page }) => {
		await page.goto('/');
		const items = page.locator('ol.event-list > li');
		await expect(items).toHaveCount(raw.events.length);

		const dates = await page
			.locator('ol.event-list > li article > .meta > time')
			.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
		expect(dates).toHaveLength(raw.events.length);
		// ISO dates of mixed precision sort correctly as strings when compared on their common prefix.
		for (let i = 1; i < dates.length; i++) {
			const a = dates[i - 1];
			const b = dates[i];
			const n = Math.min(a.length, b.length);
			expect(a.slice(0, n) <= b.slice(0, n), `${a} before ${b}`).toBe(true);
		}

		// Every event's heading, and its first source link opening without referrer (read at once).
		const shown = await items.evaluateAll((lis) =>
			lis.map((li) => ({
				id: li.getAttribute('data-list-event-id'),
				heading: li.querySelector('h3')?.textContent?.trim(),
				visible: li.querySelector('h3')?.checkVisibility() ?? false,
				links: [...li.querySelectorAll('a[href]')].map((a) => ({
					href: a.getAttribute('href'),
					rel: a.getAttribute('rel') ?? ''
				}))
			}))
		);
		for (const event of raw.events) {
			const item = shown.find((s) => s.id === event.id);
			expect(item?.heading, event.id).toBe(event.title);
			expect(item?.visible, `${event.id} heading visible`).toBe(true);
			const firstUrl = event.sources?.find((s) => s.url)?.url;
			if (firstUrl) {
				const link = item?.links.find((l) => l.href === firstUrl);
				expect(link?.rel, firstUrl).toMatch(/noopener/);
				expect(link?.rel, firstUrl).toMatch(/noreferrer/);
			}
		}
	});

	test('says what the timeline is based on and marks forecasts', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText('Based on')).toBeVisible();
		const forecast = page.locator('li.forecast').first();
		await expect(forecast).toContainText('Forecast: a prediction, not an event that happened');
	});
});
