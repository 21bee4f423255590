/**
 * Issue 5: filters by actor (any / all), text and kind, the result count, the view in the URL
 * (reload, Back), clearing, malformed URLs, and axe with the filter dropdowns open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { isTied } from './support/seed';
import { WCAG, openTimeline } from './support/timeline';

const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	actors: { id: string; name: string }[];
	events: {
		id: string;
		title: string;
		summary?: string;
		dateAsWritten?: string;
		place?: { name: string };
		actors?: string[];
		attributions?: { actor: string; status: string }[];
		tags?: string[];
		kind?: string;
	}[];
};
const TOTAL = raw.events.length;
const nameOf = (id: string) => raw.actors.find((a) => a.id === id)!.name;
// Taking part, or claimed by, attributed to, suspected of or denied by: the filter's default.
const involving = (...ids: string[]) => raw.events.filter((e) => ids.every((id) => isTied(e, id)));
const involvingAny = (...ids: string[]) =>
	raw.events.filter((e) => ids.some((id) => isTied(e, id)));
const participating = (id: string) => raw.events.filter((e) => (e.actors ?? []).includes(id));
/** An event's actor and responsibility lines, as one text per list item. */
const tiesText = (page: Page) =>
	items(page).evaluateAll((els) =>
		els.map((el) => [...el.querySelectorAll('p.actors')].map((p) => p.textContent).join(' '))
	);
/** What a reader would expect a search to find: the text anywhere in the event, any case. */
const mentioning = (word: string) =>
	raw.events.filter((e) =>
		[
			e.title,
			e.summary,
			e.dateAsWritten,
			e.place?.name,
			...(e.actors ?? []).flatMap((id) => [id, nameOf(id)]),
			...(e.tags ?? [])
		]
			.join(' ')
			.toLowerCase()
			.includes(word)
	);

const count = (page: Page) => page.locator('[data-result-count]');
const items = (page: Page) => page.locator('li[data-list-event-id]');
const listIds = (page: Page) =>
	items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-list-event-id')!));
const markIds = (page: Page) =>
	page
		.locator('g[data-mark-key][data-event-id]')
		.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-event-id')!))]);
const actorBox = (page: Page, id: string) =>
	page.locator(`details:has(> summary:has-text("Actors")) input[type="checkbox"][value="${id}"]`);
const matchRadio = (page: Page, value: 'any' | 'all') =>
	page.locator(`input[type="radio"][name="match"][value="${value}"]`);
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const paramList = (page: Page, key: string) => (param(page, key) ?? '').split(',').sort();

async function openActors(page: Page) {
	const details = page.locator('details:has(> summary:has-text("Actors"))');
	if (!(await details.getAttribute('open'))) await details.locator('> summary').click();
	await expect(details).toHaveAttribute('open', '');
}

async function expectShowing(page: Page, ids: string[]) {
	await expect(count(page)).toHaveText(`${ids.length} of ${TOTAL} events`);
	await expect(items(page)).toHaveCount(ids.length);
	expect((await listIds(page)).sort()).toEqual([...ids].sort());
	// The timeline draws only those events (those in the camera's window).
	const drawn = await markIds(page);
	expect(drawn.filter((id) => !ids.includes(id))).toEqual([]);
	if (ids.length > 0) expect(drawn.length).toBeGreaterThan(0);
}

/** What the plain page draws: its marks and tick unit, to compare other views with. */
async function plainView(page: Page) {
	await openTimeline(page);
	return {
		marks: (await markIds(page)).sort(),
		unit: await page.locator('[data-tick-unit]').getAttribute('data-tick-unit')
	};
}

test.describe('actors', () => {
	test('choosing the TTP leaves only events involving it, with the right count', async ({
		page
	}) => {
		await openTimeline(page);
		await expect(count(page)).toHaveText(`All ${TOTAL} events`);
		await openActors(page);
		const ttpEvents = involving('ttp').map((e) => e.id);
		expect(ttpEvents.length).toBeGreaterThan(0);
		expect(ttpEvents.length).toBeLessThan(TOTAL);
		// The checkbox says how many events the TTP takes part in, and how many more are only
		// attributed to it.
		const label = actorBox(page, 'ttp').locator('xpath=..');
		const taking = participating('ttp').length;
		await expect(label.locator('.count')).toHaveText(String(taking));
		await expect(label.locator('[data-attributed-count]')).toHaveText(
			`· ${ttpEvents.length - taking} attributed`
		);

		await actorBox(page, 'ttp').check();
		await expectShowing(page, ttpEvents);
		await expect(page).toHaveURL(/[?&]actors=ttp(&|$)/);
		// Every item names the TTP among its actors.
		const actorsText = await tiesText(page);
		expect(actorsText).toHaveLength(ttpEvents.length);
		for (const text of actorsText) expect(text).toContain(nameOf('ttp'));
		await expect(
			page.getByRole('heading', { name: `${ttpEvents.length} of ${TOTAL} events, in order` })
		).toBeVisible();
	});

	test('adding China with “all” leaves the intersection; the URL keeps it over a reload', async ({
		page
	}) => {
		await openTimeline(page);
		await openActors(page);
		await actorBox(page, 'ttp').check();
		await actorBox(page, 'china').check();
		// "any" (the default): the union.
		await expectShowing(
			page,
			involvingAny('ttp', 'china').map((e) => e.id)
		);
		await matchRadio(page, 'all').check();
		const both = involving('ttp', 'china').map((e) => e.id);
		await expectShowing(page, both);
		if (both.length === 0) {
			// This dataset has no event involving both: the page says so and offers a way out.
			await expect(page.getByText('No event matches these filters.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeVisible();
		}
		await expect(page).toHaveURL(/[?&]match=all(&|$)/);
		expect(paramList(page, 'actors')).toEqual(['china', 'ttp']);

		await page.reload();
		await expect(page.locator('svg.chart-svg[data-ready="true"]')).toBeAttached();
		await openActors(page);
		await expect(actorBox(page, 'ttp')).toBeChecked();
		await expect(actorBox(page, 'china')).toBeChecked();
		await expect(matchRadio(page, 'all')).toBeChecked();
		await expect(actorBox(page, 'pakistan-army')).not.toBeChecked();
		await expectShowing(page, both);
	});

	test('“all” with the TTP and Chinese nationals: each event involves both', async ({ page }) => {
		await openTimeline(page, '/?actors=chinese-nationals,ttp&match=all');
		const both = involving('ttp', 'chinese-nationals').map((e) => e.id);
		expect(both.length).toBeGreaterThan(0);
		await expectShowing(page, both);
		expect(both).toContain('besham-attack');
		for (const text of await tiesText(page)) {
			expect(text).toContain(nameOf('ttp'));
			expect(text).toContain(nameOf('chinese-nationals'));
		}
	});

	test('browser Back undoes the last filter change, Forward redoes it', async ({ page }) => {
		await openTimeline(page);
		await openActors(page);
		await actorBox(page, 'ttp').check();
		await expect(count(page)).toHaveText(`${involving('ttp').length} of ${TOTAL} events`);
		await actorBox(page, 'china').check();
		const union = involvingAny('ttp', 'china').length;
		await expect(count(page)).toHaveText(`${union} of ${TOTAL} events`);
		await matchRadio(page, 'all').check();
		await expect(page).toHaveURL(/[?&]match=all(&|$)/);

		await page.goBack();
		await expect(page).not.toHaveURL(/[?&]match=/);
		await expect(count(page)).toHaveText(`${union} of ${TOTAL} events`, { timeout: 2000 });
		await expect(matchRadio(page, 'any')).toBeChecked();
		await expect(actorBox(page, 'china')).toBeChecked();
		await expect(actorBox(page, 'ttp')).toBeChecked();

		await page.goBack();
		await expect(count(page)).toHaveText(`${involving('ttp').length} of ${TOTAL} events`);
		await expect(actorBox(page, 'china')).not.toBeChecked();
		await expect(actorBox(page, 'ttp')).toBeChecked();

		await page.goForward();
		await expect(count(page)).toHaveText(`${union} of ${TOTAL} events`);
		await expect(actorBox(page, 'china')).toBeChecked();
	});
});

test.describe('text search', () => {
	test('“gwadar” finds the Gwadar attacks, whatever the case or diacritics', async ({ page }) => {
		await openTimeline(page);
		const found = mentioning('gwadar').map((e) => e.id);
		expect(found).toContain('gwadar-port-attack');
		expect(found.length).toBeLessThan(TOTAL);

		const search = page.locator('#filter-q');
		await search.fill('gwadar');
		await expectShowing(page, found);
		await expect(page.locator('li[data-list-event-id="gwadar-port-attack"]')).toBeVisible();
		await expect(page).toHaveURL(/[?&]q=gwadar(&|$)/);

		for (const variant of ['GWADAR', 'Gwādar', 'gwâdar ']) {
			await search.fill(variant);
			await expectShowing(page, found);
		}

		// Several words must all occur.
		await search.fill('gwadar port');
		const portAttack = found.filter((id) => mentioning('port').some((e) => e.id === id));
		await expectShowing(page, portAttack);
		expect(portAttack).toContain('gwadar-port-attack');
	});

	test('a search with no match says so, and the offered clear restores everything', async ({
		page
	}) => {
		await openTimeline(page);
		await page.locator('#filter-q').fill('zzzz-no-such-thing');
		await expect(count(page)).toHaveText(`0 of ${TOTAL} events`);
		await expect(items(page)).toHaveCount(0);
		await expect(page.getByText('No event matches the filters.')).toBeVisible();
		await page.getByRole('button', { name: 'Clear all filters' }).click();
		await expect(count(page)).toHaveText(`All ${TOTAL} events`);
		await expect(page.locator('#filter-q')).toHaveValue('');
	});
});

test('“Clear filters” restores every event', async ({ page }) => {
	const plain = await plainView(page);
	await openTimeline(page, '/?actors=ttp&kinds=attack&q=attack');
	await expect(count(page)).not.toHaveText(`All ${TOTAL} events`);
	await expect(page.locator('#filter-q')).toHaveValue('attack');
	const chips = page.getByRole('list', { name: 'Active filters' });
	await expect(chips.getByRole('button')).toHaveCount(3);

	await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
	await expect(count(page)).toHaveText(`All ${TOTAL} events`);
	await expect(items(page)).toHaveCount(TOTAL);
	expect((await markIds(page)).sort()).toEqual(plain.marks);
	await expect(page.locator('#filter-q')).toHaveValue('');
	await expect(chips).toHaveCount(0);
	for (const key of ['actors', 'kinds', 'q', 'match']) expect(param(page, key)).toBeNull();
	await openActors(page);
	await expect(actorBox(page, 'ttp')).not.toBeChecked();
	await expect(page.getByRole('button', { name: 'Clear filters', exact: true })).toHaveCount(0);
});

test('a malformed URL shows every event without an error', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	const plain = await plainView(page);
	await openTimeline(page, '/?match=some&kinds=nonsense&from=2024-13&view=x/y&foo=bar');
	await expect(count(page)).toHaveText(`All ${TOTAL} events`);
	await expect(items(page)).toHaveCount(TOTAL);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The timeline looks as it does at `/`: the malformed view= was ignored.
	expect((await markIds(page)).sort()).toEqual(plain.marks);
	await expect(page.locator('[data-tick-unit]')).toHaveAttribute('data-tick-unit', plain.unit!);
	await openActors(page);
	await expect(matchRadio(page, 'any')).toBeChecked();
	await page.locator('summary', { hasText: 'Time' }).click();
	await expect(page.locator('#filter-from')).toHaveValue('');
	expect(errors).toEqual([]);
});

/**
 * Opens each filter dropdown in turn and runs axe on the filter bar with it open (the region
 * under test: the whole page's axe run is timeline.e2e's, and three of them here once took
 * 120 s on a busy machine).
 */
async function axeWithDropdowns(page: Page) {
	for (const name of ['Actors', 'Kinds', 'Time']) {
		const details = page.locator(`details:has(> summary:has-text("${name}"))`);
		await details.locator('> summary').click();
		await expect(details).toHaveAttribute('open', '');
		const results = await new AxeBuilder({ page })
			.include('form[role="search"]')
			.withTags(WCAG)
			.analyze();
		expect(results.violations, `with "${name}" open`).toEqual([]);
		await details.locator('> summary').click();
	}
}

test('axe finds no violation with the filter dropdowns open', async ({ page }) => {
	test.setTimeout(120_000);
	await openTimeline(page);
	await axeWithDropdowns(page);
});

test('axe finds no violation with the filter dropdowns open and a filter applied', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openTimeline(page, '/?actors=ttp');
	await axeWithDropdowns(page);
});
