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

		for (const event of raw.events) {
			const item = page.locator(`li[data-list-event-id="${event.id}"]`);
			await expect(item.getByRole('heading', { name: event.title })).toBeVisible();
			const firstUrl = event.sources?.find((s) => s.url)?.url;
			if (firstUrl) {
				const link = item.locator(`a[href="${firstUrl}"]`).first();
				await expect(link).toHaveAttribute('rel', /noopener/);
				await expect(link).toHaveAttribute('rel', /noreferrer/);
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
