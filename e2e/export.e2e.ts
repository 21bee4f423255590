/** The Export menu on `/` (every format of the filtered view), the event page's calendar link, and print. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { validateDataset } from '../src/lib/model/validate.ts';
import { seed, tiedTo } from './support/seed';
import { WCAG, openTimeline } from './support/timeline';

const ttp = tiedTo('ttp');
const TITLE = 'Azm-e-Istehkam: the road to Pakistan’s June 2024 counter-terrorism campaign';
const CAPTION = 'Events involving Tehrik-i-Taliban Pakistan (TTP)';
const exportButton = (page: Page) => page.getByRole('button', { name: 'Export' });

/** Opens the menu from the keyboard: focus on its button, Enter; focus goes to the first item. */
async function openMenu(page: Page) {
	await exportButton(page).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('menu')).toBeVisible();
	await expect(page.getByRole('menuitem').first()).toBeFocused();
}

/** Chooses the item by arrow keys and Enter, and reads the file it downloads. */
async function exportBy(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
	await openMenu(page);
	const labels = await page.getByRole('menuitem').allTextContents();
	const steps = labels.indexOf(label);
	expect(steps, `the menu has "${label}"`).toBeGreaterThanOrEqual(0);
	for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('menuitem', { name: label, exact: true })).toBeFocused();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	// The menu closes and focus returns to its button.
	await expect(page.getByRole('menu')).toHaveCount(0);
	await expect(exportButton(page)).toBeFocused();
	return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

test('the Export menu downloads each format of the filtered view', async ({ page }) => {
	test.setTimeout(60_000);
	await openTimeline(page, '/?actors=ttp');
	await openMenu(page);
	await expect(page.locator('[data-export-menu] .note')).toContainText(
		`${ttp.size} of ${seed.events.length} events, filtered`
	);
	await expect(page.locator('[data-export-menu] .note')).toContainText(CAPTION);
	await page.keyboard.press('Escape');

	const json = await exportBy(page, 'Causeway JSON');
	expect(json.name).toBe('azm-e-istehkam-filtered.json');
	const { dataset, problems } = validateDataset(JSON.parse(json.bytes.toString('utf8')), json.name);
	expect(problems.filter((p) => p.level === 'error')).toEqual([]);
	expect(new Set(dataset!.events.map((e) => e.id))).toEqual(ttp);

	for (const [label, header] of [
		['CSV (events)', 'id,title,date,endDate'],
		['CSV (links)', 'from,to'],
		['CSV (actors)', 'id,name,kind,description']
	] as const) {
		const csv = await exportBy(page, label);
		expect(csv.name).toMatch(/\.csv$/);
		const lines = csv.bytes
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		const first = lines.find((l) => !l.startsWith('#'));
		expect(first, label).toMatch(new RegExp(`^${header}`));
	}

	const ics = await exportBy(page, 'Calendar (.ics)');
	const calendar = ics.bytes.toString('utf8');
	expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(ttp.size);

	const tjs = await exportBy(page, 'TimelineJS JSON');
	expect(JSON.parse(tjs.bytes.toString('utf8')).events).toHaveLength(ttp.size);

	const svg = await exportBy(page, 'Picture (SVG)');
	expect(svg.name).toBe('azm-e-istehkam-filtered.svg');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.localName,
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
			images: [...doc.querySelectorAll('image')].map((i) => i.getAttribute('href') ?? '')
		};
	}, svg.bytes.toString('utf8'));
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.texts).toContain(TITLE);
	expect(parsed.texts).toContain(CAPTION);
	expect(parsed.texts).toContain('Made with Causeway');
	// Nothing to fetch: any image is inline.
	for (const href of parsed.images) expect(href.startsWith('data:')).toBe(true);

	const png = await exportBy(page, 'Picture (PNG)');
	expect(png.name).toBe('azm-e-istehkam-filtered.png');
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.bytes.toString('ascii', 12, 16)).toBe('IHDR');
	expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
});

test('the Export menu works by keyboard, closes with Escape and passes axe', async ({ page }) => {
	await openTimeline(page, '/?actors=ttp');
	await openMenu(page);
	await page.keyboard.press('End');
	await expect(page.getByRole('menuitem', { name: 'Print…' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('menuitem', { name: 'Causeway JSON' })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('menuitem', { name: 'Print…' })).toBeFocused();

	const axe = await new AxeBuilder({ page }).withTags(WCAG).include('[data-export-menu]').analyze();
	expect(axe.violations).toEqual([]);

	await page.keyboard.press('Escape');
	await expect(page.getByRole('menu')).toHaveCount(0);
	await expect(exportButton(page)).toBeFocused();
	await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'false');
	// Escape closed the menu only: the page is still filtered.
	expect(new URL(page.url()).searchParams.get('actors')).toBe('ttp');
});

test('an event page links to its calendar file, which works without scripts', async ({
	page,
	request
}) => {
	await page.goto('/events/besham-attack');
	const link = page.getByRole('link', { name: 'Add to calendar (.ics)' });
	await expect(link).toHaveAttribute('href', '/events/besham-attack/calendar.ics');
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('besham-attack.ics');
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(text).toContain('DTSTART;VALUE=DATE:20240326\r\n');

	const response = await request.get('/events/besham-attack/calendar.ics');
	expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
});

test('print shows the title, the chart and the list with sources written out, not the controls', async ({
	page
}) => {
	await openTimeline(page, '/?actors=ttp');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.locator('.toolbar')).toBeHidden();
	await expect(page.locator('form.filters')).toBeHidden();
	await expect(exportButton(page)).toBeHidden();
	await expect(page.locator('.timeline .chart')).toBeVisible();
	const list = page.locator('.event-list');
	await expect(list).toBeVisible();
	await expect(list.locator(':scope > li')).toHaveCount(ttp.size);
	const source = list.locator('.sources a[href^="http"]').first();
	await expect(source).toBeVisible();
	const written = await source.evaluate((a) => ({
		after: getComputedStyle(a, '::after').content,
		href: a.getAttribute('href')
	}));
	expect(written.after).toBe(`" (${written.href})"`);
	await expect(list.locator('[data-link-host]').first()).toBeHidden();
	// No event is split across pages.
	const breakInside = await list
		.locator(':scope > li')
		.first()
		.evaluate((li) => getComputedStyle(li).breakInside);
	expect(breakInside).toBe('avoid');
});
