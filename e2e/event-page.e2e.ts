import { expect, test } from '@playwright/test';

test.describe('event permalink page', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the joint statement with its sources and its causal neighbours', async ({ page }) => {
		await page.goto('/events/joint-statement');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(/joint statement/i);
		const sources = page.getByRole('list', { name: /^Sources for / });
		await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);

		const why = page.locator('[data-chain-step]', { hasText: 'Besham' }).first();
		await expect(why).toBeVisible();
		await expect(why).toContainText(/Reported|Inferred/);

		// The core thesis is marked as the author's inference, never as fact.
		const launch = page.locator('[data-chain-step="azm-launch"]');
		await expect(launch).toContainText('Inferred');
		await expect(launch).toContainText('likely');
	});

	test('links causes and effects to their own pages', async ({ page }) => {
		await page.goto('/events/besham-attack');
		const effect = page.locator('[data-chain-step="joint-statement"] a').first();
		expect(await effect.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(
			'/events/joint-statement'
		);
		await effect.click();
		await expect(page).toHaveURL(/\/events\/joint-statement$/);
		const back = page.getByRole('link', { name: 'See it on the timeline' });
		expect(await back.evaluate((a) => new URL((a as HTMLAnchorElement).href).href)).toMatch(
			/^http:\/\/localhost:\d+\/\?event=joint-statement$/
		);
	});
});
