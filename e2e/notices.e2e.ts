/**
 * Issue 11, item 7: the chart says what it shows. An empty stretch of time says so and offers
 * the nearest events on either side; no match for the filters offers to clear them; the toolbar
 * says what a click on an event does.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG, chartOf, inChart, markOf, openTimeline } from './support/timeline';

const notice = (page: import('@playwright/test').Page, kind: string) =>
	page.locator(`[data-notice="${kind}"]`);

test('an empty stretch of time names the nearest events each side; each button shows one', async ({
	page
}) => {
	// The seed has nothing between CPEC's launch (April 2015) and mid-2021.
	await openTimeline(page, '/?view=2016-01-01/2019-12-31');
	const empty = notice(page, 'empty-window');
	await expect(empty).toBeVisible();
	await expect(empty).toContainText('No events from 1 Jan 2016 to 31 Dec 2019');
	const before = empty.locator('[data-nearest="before"]');
	const after = empty.locator('[data-nearest="after"]');
	await expect(before).toContainText('Earlier');
	await expect(after).toContainText('Later');
	const axe = await new AxeBuilder({ page }).withTags(WCAG).include('[data-notice]').analyze();
	expect(axe.violations).toEqual([]);

	const id = (await after.getAttribute('data-nearest-id'))!;
	await after.click();
	await expect(empty).toHaveCount(0);
	await expect.poll(() => inChart(page, markOf(page, id))).toBe(true);
	// The way back: the earlier event, by keyboard.
	await page.goto('/?view=2016-01-01/2019-12-31');
	const back = (await before.getAttribute('data-nearest-id'))!;
	await before.focus();
	await page.keyboard.press('Enter');
	await expect(empty).toHaveCount(0);
	await expect.poll(() => inChart(page, markOf(page, back))).toBe(true);
	await expect(page).toHaveURL(/[?&]view=/);
});

test('no match for the filters says so and offers to clear them', async ({ page }) => {
	await openTimeline(page, '/?q=zzzznothing');
	const none = notice(page, 'filters');
	await expect(none).toContainText('No event matches the filters');
	await expect(notice(page, 'empty-window')).toHaveCount(0);
	await none.getByRole('button', { name: 'Clear the filters' }).click();
	await expect(none).toHaveCount(0);
	await expect(page.locator('[data-result-count]')).toHaveText(/^All \d+ events$/);
	await expect(chartOf(page).locator('g[data-mark-key]').first()).toBeAttached();
});

test('the toolbar says what a click on an event does', async ({ page }) => {
	await openTimeline(page);
	await expect(page.locator('[data-hint]')).toHaveText(/^Click an event for its sources/, {
		useInnerText: true
	});
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
	test('the hint says tap', async ({ page }) => {
		await openTimeline(page);
		await expect(page.locator('[data-hint]')).toHaveText(/^Tap an event for its sources/, {
			useInnerText: true
		});
	});
});
