/**
 * Another dataset by `src=`, as readers and authors meet it (issue 14): a calm failure with the
 * data's address and the reasons folded away for the author, never the site's own dataset; the
 * warnings of one that loads; an empty dataset; list items that link back into the view.
 */
import { expect, test, type Page } from '@playwright/test';
import { seed } from './support/seed';
import { DEFAULT_SEED, generateDataset } from '../bench/generate';

const siteTitle = (seed as unknown as { title: string }).title;

/**
 * Waits until the `src=` dataset has loaded (its status panel has gone): on a busy machine the
 * page, its script and the data can take longer than an assertion's usual 5 s.
 */
async function loaded(page: Page) {
	await expect(page.locator('[data-load-status]')).toHaveCount(0, { timeout: 30_000 });
}

function serve(page: Page, name: string, body: string) {
	return page.route(
		(url) => url.pathname === `/fixtures/${name}`,
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
}

for (const path of ['/', '/embed']) {
	test(`${path}: a dataset that fails shows a calm message, its address and no other dataset`, async ({
		page
	}) => {
		await serve(
			page,
			'broken.json',
			'{"events": [{"id": "a", "title": "A", "date": "2024-02-30"}],}'
		);
		await page.goto(`${path}?src=/fixtures/broken.json`);
		const alert = page.getByRole('alert');
		await expect(alert.getByRole('heading')).toHaveText('This timeline could not be loaded');
		await expect(alert).toContainText('/fixtures/broken.json');
		// The reasons are for the author, folded away until asked for.
		const details = alert.locator('[data-load-details]');
		await expect(details.locator('li').first()).toBeHidden();
		await details.locator('summary').click();
		await expect(details.locator('li').first()).toHaveText(
			'broken.json: line 1, column 62: JSON allows no comma before a closing }: remove the comma'
		);
		await expect(page.getByText(siteTitle)).toHaveCount(0);
		await expect(page).not.toHaveTitle(new RegExp(siteTitle.slice(0, 12)));
		await expect(page.locator('[data-mark-key]')).toHaveCount(0);
	});
}

test('a dataset that loads with warnings folds them away for its author', async ({ page }) => {
	await serve(
		page,
		'warned.json',
		JSON.stringify({
			title: 'Warned',
			actors: [{ id: 'x', name: 'X' }],
			events: [{ id: 'a', title: 'A', date: '2024-01-02', actors: ['x', 'x'] }]
		})
	);
	await page.goto('/?src=/fixtures/warned.json');
	await loaded(page);
	await expect(page.locator('h1')).toHaveText('Warned');
	const warnings = page.locator('[data-load-warnings="1"]');
	await expect(warnings.locator('summary')).toHaveText('1 warning in this dataset, for its author');
	await warnings.locator('summary').click();
	await expect(warnings.locator('li')).toHaveText(
		'warned.json: warning: events[0] (id "a").actors: "x" is listed 2 times; it is kept once'
	);
});

test('an empty dataset says so, with nothing to filter and no axis', async ({ page }) => {
	await serve(page, 'empty.json', JSON.stringify({ title: 'Nothing yet', events: [] }));
	await page.goto('/?src=/fixtures/empty.json');
	await expect(page.locator('[data-notice="no-events"]')).toHaveText('This dataset has no events.');
	await expect(page.locator('[data-result-count]')).toHaveText('No events');
	await expect(page.locator('#filter-q')).toBeDisabled();
	await expect(page.locator('[data-tick-unit]')).toHaveCount(0);
	await expect(page.locator('[data-notice="filters"]')).toHaveCount(0);
	// Nothing to zoom, browse, key or list: no toolbar, overview, legend or empty list.
	await expect(page.getByRole('toolbar', { name: 'Timeline controls' })).toHaveCount(0);
	await expect(page.locator('.window-text')).toHaveCount(0);
	await expect(page.getByText('Reported link (a source states it)')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /in order$/ })).toBeHidden();
	// The notice is inside the chart's box, whole.
	const chart = (await page.locator('div.chart[role="region"]').boundingBox())!;
	const notice = (await page.locator('[data-notice="no-events"] p').boundingBox())!;
	expect(notice.y + notice.height).toBeLessThanOrEqual(chart.y + chart.height);
});

test('the list of another dataset links its events into this view, not to missing pages', async ({
	page
}) => {
	await serve(
		page,
		'two.json',
		JSON.stringify({
			title: 'Two',
			events: [
				{ id: 'a', title: 'First', date: '2024-01-02' },
				{ id: 'b', title: 'Second', date: '2024-03-04' }
			]
		})
	);
	await page.goto('/?src=/fixtures/two.json');
	const link = page.locator('[data-list-event-id="b"] h3 a');
	await expect(link).toHaveAttribute('href', '/?event=b&src=/fixtures/two.json');
	await expect(page.locator('[data-list-event-id="a"] h3 a')).toHaveAttribute(
		'href',
		/[?&]event=a(&|$)/
	);
});

test.describe('before the script runs', () => {
	for (const path of ['/', '/embed']) {
		test(`${path}?src= is served without the site's dataset`, async ({ request }) => {
			const html = await (await request.get(`${path}?src=/fixtures/broken.json`)).text();
			expect(html).toContain('data-load-status="pending"');
			expect(html).not.toContain(siteTitle);
			expect(html).not.toContain('data-event-id=');
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a src= page says it needs JavaScript and shows no other dataset', async ({ page }) => {
		await page.goto('/?src=/fixtures/broken.json');
		await expect(page.locator('[data-load-status="pending"]')).toContainText('needs JavaScript');
		await expect(page.getByText(siteTitle)).toHaveCount(0);
		await expect(page.locator('[data-mark-key]')).toHaveCount(0);
	});
});

test('text that could break the layout does not: a huge word, stacked marks, a spoofing link', async ({
	page
}) => {
	const word = 'x'.repeat(10_000);
	await serve(
		page,
		'hostile.json',
		JSON.stringify({
			title: `A ${word}`,
			events: [
				{
					id: 'a',
					title: `Z${'\u0301'.repeat(60)}algo ${word}`,
					date: '2024-01-02',
					summary: word,
					sources: [{ title: 'A trusted source', url: 'https://trusted.example@evil.example/x' }]
				}
			]
		})
	);
	await page.goto('/?src=/fixtures/hostile.json&event=a');
	await loaded(page);
	await expect(page.locator('aside[data-panel]')).toBeVisible();
	const [scroll, inner] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		window.innerWidth
	]);
	expect(scroll).toBeLessThanOrEqual(inner);
	const label = await page.locator('[data-label-for="a"]').textContent();
	expect(label?.match(/\u0301/g)?.length).toBe(2);
	await expect(page.locator('aside[data-panel] [data-link-host]').first()).toHaveText(
		'(trusted.example@evil.example)'
	);
});

test('right-to-left titles keep their direction and leave their neighbours alone', async ({
	page
}) => {
	await serve(
		page,
		'rtl.json',
		JSON.stringify({
			title: 'عنوان',
			events: [{ id: 'a', title: 'عملية عزم استحكام (2024)', date: '2024-06-22', summary: 'نص' }]
		})
	);
	await page.goto('/?src=/fixtures/rtl.json&event=a');
	await expect(page.locator('h1')).toHaveAttribute('dir', 'auto');
	await expect(page.locator('#details-title')).toHaveAttribute('dir', 'auto');
	await expect(page.locator('[data-list-event-id="a"] h3 bdi')).toHaveText(
		'عملية عزم استحكام (2024)'
	);
	expect(
		await page.locator('[data-label-for="a"]').evaluate((el) => getComputedStyle(el).unicodeBidi)
	).toBe('isolate');
});

// The embed asks for the data before its app has loaded (io/early-fetch.ts): Cancel stops that too.
for (const path of ['/', '/embed']) {
	test(`${path}: a slow dataset shows its progress and can be cancelled`, async ({ page }) => {
		// The server never answers: the reader gives up.
		await page.route(
			(url) => url.pathname === '/fixtures/slow.json',
			() => new Promise(() => {})
		);
		await page.goto(`${path}?src=/fixtures/slow.json`);
		const status = page.locator('[data-load-status="loading"]');
		await expect(status).toContainText('/fixtures/slow.json');
		await status.locator('[data-load-cancel]').click();
		await expect(page.getByRole('alert').getByRole('heading')).toHaveText('Loading stopped');
		await expect(page.getByRole('button', { name: 'Load it again' })).toBeVisible();
		await expect(page.getByText(siteTitle)).toHaveCount(0);
	});
}

test('a 50,000-event file is checked off the page: progress, Cancel that works, then the chart', async ({
	page
}) => {
	test.setTimeout(120_000);
	const body = JSON.stringify(generateDataset(50_000, DEFAULT_SEED, { summaries: true }));
	await serve(page, 'large.json', body);
	await page.goto('/?src=/fixtures/large.json');
	const status = page.locator('[data-load-status="loading"]');
	// The page stays live while the worker checks the file: the reader can still stop it.
	await expect(status.locator('[data-load-progress]')).toContainText('Checking', {
		timeout: 30_000
	});
	await status.locator('[data-load-cancel]').click();
	await expect(page.getByRole('alert').getByRole('heading')).toHaveText('Loading stopped');
	await expect(page.locator('[data-event-id^="evt-"]')).toHaveCount(0);

	const started = Date.now();
	await page.getByRole('button', { name: 'Load it again' }).click();
	// Drawn: the canvas says which events it painted (a hidden marker per event).
	await expect(page.locator('[data-event-id^="evt-"]').first()).toBeAttached({ timeout: 60_000 });
	console.log(
		`[large-file] ${(body.length / 1024 / 1024).toFixed(1)} MB, 50,000 events: chart drawn ${Date.now() - started} ms after "Load it again"`
	);
	await expect(page.getByText(/\b50,000 events\b/).first()).toBeVisible();
	// The list follows the chart a frame later: its first page of items.
	await expect(page.locator('[data-list-event-id]')).toHaveCount(100);
});
