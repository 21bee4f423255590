/** Locators and checks shared by the timeline's end-to-end tests. */
import { expect, type Locator, type Page } from '@playwright/test';

/** axe-core rule tags for WCAG 2.2 level AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a page and waits until the chart has measured itself (scripts running). */
export async function openTimeline(page: Page, url = '/') {
	await page.goto(url);
	await expect(page.locator('svg.chart-svg[data-ready="true"]')).toBeAttached();
}

export const chartOf = (page: Page) => page.locator('div.chart[role="region"]');
export const axisOf = (page: Page) => page.locator('[data-tick-unit]');
export const markOf = (page: Page, id: string) =>
	page.locator(`g[data-mark-key][data-event-id="${id}"]`).first();
export const panel = (page: Page) => page.locator('aside[data-panel]');

/** Whether the mark's symbol lies inside the chart's box (the chart clips what is outside). */
export async function inChart(page: Page, mark: Locator): Promise<boolean> {
	if ((await mark.count()) === 0) return false;
	const chart = await chartOf(page).boundingBox();
	const box = await mark.locator('path.symbol').boundingBox();
	if (!chart || !box) return false;
	return (
		box.x >= chart.x - 0.5 &&
		box.x + box.width <= chart.x + chart.width + 0.5 &&
		box.y >= chart.y - 0.5 &&
		box.y + box.height <= chart.y + chart.height + 0.5
	);
}
