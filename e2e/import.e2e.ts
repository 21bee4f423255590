/**
 * Bringing your own data (issue 15): `/import` reads a file in the browser, shows its timeline
 * and gives back Causeway JSON that validates, or lists what is wrong by row and column; `src=`
 * takes a spreadsheet published as CSV.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readDatasetFiles } from '../src/lib/io/read-files';
import { validateDataset } from '../src/lib/model/validate';
import { WCAG } from './support/timeline';

const templates = ['events', 'links', 'actors'].map((n) => `static/templates/${n}.csv`);
const input = (page: import('@playwright/test').Page) => page.locator('input[type="file"]');

test('/import: a good spreadsheet shows its timeline and downloads JSON that validates', async ({
	page
}) => {
	await page.goto('/import');
	await input(page).setInputFiles(templates);
	const report = page.locator('[data-import-report]');
	await expect(report.getByRole('heading')).toHaveText(
		/^Read as Causeway spreadsheet: \d+ events$/
	);
	const preview = page.locator('[data-import-preview]');
	await expect(preview.locator('[data-event-id]').first()).toBeVisible();
	// Every event of the files is in the preview's count.
	const read = readDatasetFiles(
		templates.map((t) => ({ name: t.split('/').pop()!, bytes: new Uint8Array(readFileSync(t)) }))
	);
	const events = read.dataset!.events.length;
	await expect(preview).toContainText(new RegExp(`All ${events} events`));

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: /^Download .+\.json$/ }).click();
	const file = await (await download).path();
	const raw = JSON.parse(readFileSync(file, 'utf8'));
	const checked = validateDataset(raw, 'download.json');
	expect(checked.problems.filter((p) => p.level === 'error')).toEqual([]);
	expect(checked.dataset?.events).toHaveLength(events);
	expect(checked.dataset?.links.length).toBeGreaterThan(0);

	// Embed code appears once the file has an address.
	await page
		.getByLabel('Where will you host it? (its address)')
		.fill('https://news.example/t.json');
	await expect(page.getByLabel('Embed code')).toHaveValue(
		/embed\?src=https%3A%2F%2Fnews\.example%2Ft\.json/
	);

	const axe = await new AxeBuilder({ page }).include('main').withTags(WCAG).analyze();
	expect(axe.violations).toEqual([]);
});

test('/import: a broken file lists its problems by row and column, and offers nothing to download', async ({
	page
}) => {
	await page.goto('/import');
	await input(page).setInputFiles({
		name: 'my-events.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('id,title,date\r\na,First,2024-06-01\r\nb,Second,2024-13-01\r\n')
	});
	await expect(page.locator('[data-import-report] h2')).toHaveText(
		'This file could not be read as a timeline'
	);
	const row = page.locator('tr[data-problem="error"]').first();
	await expect(row.locator('td')).toHaveText([
		'Error',
		'my-events.csv',
		'3',
		'date',
		/^"2024-13-01" is not a real date/
	]);
	await expect(page.locator('[data-import-preview]')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Download/ })).toHaveCount(0);
});

test('src= with a CSV address renders the spreadsheet as a timeline', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/sheets/pub',
		(route) =>
			route.fulfill({
				contentType: 'text/csv',
				body: 'id,title,date,actors\na,Talks open,2024-05-02,Mediators\nb,Ceasefire agreed,2024-06,Mediators\n'
			})
	);
	await page.goto('/?src=/sheets/pub%3Foutput%3Dcsv');
	await expect(page.locator('[data-event-id="a"]').first()).toBeAttached();
	await expect(page.locator('[data-event-id="b"]').first()).toBeAttached();
	await expect(page.getByText('All 2 events').first()).toBeVisible();
});
