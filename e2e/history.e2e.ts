/**
 * History as a reader means it: each selection is a place Back returns to, a search is one
 * entry however many keys it took, and Back never leaves the app while there is somewhere in it
 * to go back to.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openTimeline, panel } from './support/timeline';

const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	events: { id: string; title: string }[];
};
const TOTAL = raw.events.length;
const titleOf = (id: string) => raw.events.find((e) => e.id === id)!.title;
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const count = (page: Page) => page.locator('[data-result-count]');

// Each test walks several history entries, each a full re-render of the chart.
test.slow();

/**
 * Types into the search box as a quick reader would, with the page's clock held still, so that a
 * busy test machine cannot stretch the gaps between keys into the pause that ends a search edit.
 * The clock runs again afterwards.
 */
async function typeQuickly(page: Page, keys: () => Promise<void>) {
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	await keys();
	await page.clock.resume();
}

test.beforeEach(async ({ page }) => {
	await page.clock.install();
});

async function chooseInList(page: Page, id: string) {
	const item = page.locator(`li[data-list-event-id="${id}"]`);
	await item.getByRole('link', { name: titleOf(id) }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
}

async function expectSelected(page: Page, id: string | null) {
	await expect.poll(() => param(page, 'event')).toBe(id);
	expect(new URL(page.url()).pathname).toBe('/');
	if (id === null) {
		await expect(panel(page)).toHaveCount(0);
		await expect(page.locator('li[data-list-event-id].selected')).toHaveCount(0);
	} else {
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf(id));
		await expect(page.locator(`li[data-list-event-id="${id}"]`)).toHaveClass(/\bselected\b/);
	}
}

test('Back walks back through the events selected in turn, then to no selection', async ({
	page
}) => {
	await openTimeline(page);
	const visited = ['besham-attack', 'joint-statement', 'azm-launch'];
	for (const id of visited) {
		await chooseInList(page, id);
		await expectSelected(page, id);
	}

	await page.goBack();
	await expectSelected(page, 'joint-statement');
	await page.goBack();
	await expectSelected(page, 'besham-attack');
	await page.goBack();
	await expectSelected(page, null);

	await page.goForward();
	await expectSelected(page, 'besham-attack');
	await page.goForward();
	await expectSelected(page, 'joint-statement');
});

test('closing the details is a step too: Back reopens them', async ({ page }) => {
	await openTimeline(page);
	await chooseInList(page, 'joint-statement');
	await panel(page).getByRole('button', { name: 'Close details' }).click();
	await expectSelected(page, null);
	await page.goBack();
	await expectSelected(page, 'joint-statement');
});

test('typing a search is one history entry: one Back undoes it, Forward redoes it', async ({
	page
}) => {
	await openTimeline(page);
	await expect(count(page)).toHaveText(`All ${TOTAL} events`);
	const search = page.locator('#filter-q');
	await typeQuickly(page, () => search.pressSequentially('Besham'));
	await expect(page).toHaveURL(/[?&]q=Besham(&|$)/);
	const found = await count(page).textContent();
	expect(found).toMatch(new RegExp(`^\\s*\\d+ of ${TOTAL} events\\s*$`));

	await page.goBack();
	await expect.poll(() => param(page, 'q')).toBeNull();
	await expect(search).toHaveValue('');
	await expect(count(page)).toHaveText(`All ${TOTAL} events`);
	expect(new URL(page.url()).pathname).toBe('/');

	await page.goForward();
	await expect.poll(() => param(page, 'q')).toBe('Besham');
	await expect(search).toHaveValue('Besham');
	await expect(count(page)).toHaveText(found!.trim());
});

test('a committed search and the next one are two entries', async ({ page }) => {
	await openTimeline(page);
	const search = page.locator('#filter-q');
	await typeQuickly(page, async () => {
		await search.pressSequentially('Besham');
		await search.press('Enter');
		await search.pressSequentially(' attack');
	});
	await expect.poll(() => param(page, 'q')).toBe('Besham attack');

	await page.goBack();
	await expect.poll(() => param(page, 'q')).toBe('Besham');
	await expect(search).toHaveValue('Besham');
	await page.goBack();
	await expect.poll(() => param(page, 'q')).toBeNull();
	await expect(search).toHaveValue('');
});
