/**
 * Issue 3: the interactive timeline — zoom and pan, selection and the details panel, browsing in
 * time order, the chronological list in sync, the by-actor layout, the phone bottom sheet, and
 * axe in both colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { WCAG, axisOf, chartOf, inChart, markOf, openTimeline, panel } from './support/timeline';

const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	actors: { id: string; name: string }[];
	events: { id: string; title: string; date: string; actors?: string[] }[];
};
const titleOf = (id: string) => raw.events.find((e) => e.id === id)!.title;

const FINE = ['month', 'week', 'day'];
const DAY = 86_400_000;

/** Opens a timeline URL and waits until the chart has been measured (hydrated). */

/** Event ids in the order of the chronological list (time order). */
const listOrder = (page: Page) =>
	page
		.locator('li[data-list-event-id]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-list-event-id')!));

/** The axis tick labels, left to right. */
const tickLabels = (page: Page) =>
	axisOf(page)
		.locator('text.tick-label')
		.evaluateAll((els) => els.map((el) => el.textContent ?? ''));

/** The camera window from the URL (`view=START/END`), as times. */
function viewOf(page: Page): { start: number; end: number } | null {
	const view = new URL(page.url()).searchParams.get('view');
	if (!view) return null;
	const [start, end] = view.split('/');
	return { start: Date.parse(start), end: Date.parse(end) };
}

/** A point inside the chart that is on screen: just below the axis labels, centred. */
async function chartPoint(page: Page): Promise<{ x: number; y: number }> {
	const chart = chartOf(page);
	await chart.scrollIntoViewIfNeeded();
	const box = (await chart.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + 18 };
}

test.describe('zoom and pan', () => {
	test('Ctrl + the mouse wheel over the chart zooms from years to months', async ({ page }) => {
		await openTimeline(page);
		const axis = axisOf(page);
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(() => axis.getAttribute('data-tick-unit')).toMatch(/^(decade|year)$/);

		const { x, y } = await chartPoint(page);
		await page.mouse.move(x, y);
		await page.keyboard.down('Control');
		for (let i = 0; i < 12; i++) {
			await page.mouse.wheel(0, -120);
			// One notch a frame, as a hand turns a wheel: the next frame, not a fixed time.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
		}
		await page.keyboard.up('Control');
		await expect.poll(() => axis.getAttribute('data-tick-unit')).toMatch(/^(month|week|day)$/);
		// The wheel zooms the timeline, not the page.
		await expect(page).toHaveURL(/[?&]view=\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}/);
	});

	test('a plain wheel over the chart scrolls the page, and the chart says how to zoom', async ({
		page
	}) => {
		await openTimeline(page);
		const axis = axisOf(page);
		const unit = await axis.getAttribute('data-tick-unit');
		const { x, y } = await chartPoint(page);
		await page.mouse.move(x, y);
		const before = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
		// Seen and read in one look: the hint leaves by itself, however busy the machine is.
		await expect
			.poll(() =>
				page.evaluate(() => {
					const hint = document.querySelector('[data-wheel-hint]');
					return hint?.checkVisibility() ? hint.textContent : null;
				})
			)
			.toMatch(/(Ctrl|⌘) and scroll to zoom/);
		expect(await axis.getAttribute('data-tick-unit')).toBe(unit);
		expect(new URL(page.url()).searchParams.get('view')).toBeNull();
		// The hint goes away by itself.
		await expect(page.locator('[data-wheel-hint]')).toHaveCount(0);
	});

	test('the Zoom in button and the + key zoom in; 0 shows all again', async ({ page }) => {
		await openTimeline(page);
		const axis = axisOf(page);
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(() => axis.getAttribute('data-tick-unit')).toMatch(/^(decade|year)$/);

		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		for (let i = 0; i < 4; i++) await zoomIn.click();
		await expect.poll(() => axis.getAttribute('data-tick-unit')).not.toBe('year');

		await chartOf(page).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('+');
		await expect.poll(() => axis.getAttribute('data-tick-unit')).toMatch(/^(month|week|day)$/);

		await page.keyboard.press('0');
		await expect.poll(() => axis.getAttribute('data-tick-unit')).toMatch(/^(decade|year)$/);
		// The whole range: the first and the last event in time are both in view.
		const order = await listOrder(page);
		await expect.poll(() => inChart(page, markOf(page, order[0]))).toBe(true);
		await expect.poll(() => inChart(page, markOf(page, order[order.length - 1]))).toBe(true);
	});

	test('+ pressed on a focused mark keeps zooming and keeps focus in the timeline', async ({
		page
	}) => {
		await openTimeline(page);
		const axis = axisOf(page);
		const first = page.locator('g[data-mark-key][tabindex="0"]');
		await expect(first).toHaveCount(1);
		await first.focus();
		for (let i = 0; i < 9; i++) await page.keyboard.press('+');
		await expect
			.poll(() => axis.getAttribute('data-tick-unit'), { timeout: 3000 })
			.toMatch(/^(month|week|day)$/);
		expect(await chartOf(page).evaluate((el) => el.contains(document.activeElement))).toBe(true);
	});

	test('dragging the chart pans it: the ticks move, their unit stays', async ({ page }) => {
		await openTimeline(page);
		const axis = axisOf(page);
		// Zoom in around the middle first, so that there is time on both sides to pan to.
		const { x, y } = await chartPoint(page);
		await page.mouse.move(x, y);
		await page.keyboard.down('Control');
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -120);
		await page.keyboard.up('Control');
		await expect(page).toHaveURL(/[?&]view=/);
		await expect.poll(() => axis.getAttribute('data-tick-unit')).not.toBe('year');
		const unit = await axis.getAttribute('data-tick-unit');
		const before = await tickLabels(page);
		const windowBefore = viewOf(page)!;

		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 100, y, { steps: 5 });
		await page.mouse.move(x + 200, y, { steps: 5 });
		await page.mouse.up();

		await expect.poll(() => tickLabels(page).then((t) => t[0])).not.toBe(before[0]);
		expect(await axis.getAttribute('data-tick-unit')).toBe(unit);
		// Dragging to the right brings earlier times into view, by about 200 px worth of time.
		await expect.poll(() => viewOf(page)!.start).toBeLessThan(windowBefore.start);
		const after = viewOf(page)!;
		// Same zoom: the span is unchanged (the URL rounds the window to whole days).
		expect(
			Math.abs(after.end - after.start - (windowBefore.end - windowBefore.start))
		).toBeLessThanOrEqual(2 * DAY);
		// A drag is not a click: nothing got selected.
		await expect(panel(page)).toHaveCount(0);
		await expect(page).not.toHaveURL(/[?&]event=/);
	});
});

test.describe('selection and the details panel', () => {
	test('clicking a mark opens its details and ?event=; reloading reopens them in view', async ({
		page
	}) => {
		await openTimeline(page);
		const mark = markOf(page, 'besham-attack');
		await expect(mark).toHaveAttribute('aria-label', /^Suicide car bomb.*26 March 2024, attack/);
		await mark.click();

		await expect(panel(page)).toBeVisible();
		await expect(
			panel(page).locator('[data-details-id="besham-attack"] #details-title')
		).toHaveText(titleOf('besham-attack'));
		await expect(page).toHaveURL(/\/\?event=besham-attack$/);
		await expect(mark).toHaveAttribute('aria-pressed', 'true');

		await page.reload();
		await expect(page.locator('svg.chart-svg[data-ready="true"]')).toBeAttached();
		await expect(panel(page)).toBeVisible();
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf('besham-attack'));
		await expect(markOf(page, 'besham-attack')).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => inChart(page, markOf(page, 'besham-attack'))).toBe(true);
	});

	test('a linked event far from the default view is brought into view', async ({ page }) => {
		// Zoomed in on 2016 but linked to an event of 2024: the link's event wins.
		await openTimeline(page, '/?event=azm-launch&view=2016-01-01/2016-03-01');
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf('azm-launch'));
		await expect.poll(() => inChart(page, markOf(page, 'azm-launch'))).toBe(true);
	});

	test('ArrowRight / ArrowLeft on the focused mark browse in date order, with the list', async ({
		page
	}) => {
		await openTimeline(page, '/?event=besham-attack');
		const order = await listOrder(page);
		expect(order).toHaveLength(raw.events.length);
		const at = order.indexOf('besham-attack');
		const next = order[at + 1];
		const previous = order[at - 1];

		const expectSelected = async (id: string) => {
			await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
			await expect(markOf(page, id)).toHaveAttribute('aria-pressed', 'true');
			await expect(panel(page).locator('#details-title')).toHaveText(titleOf(id));
			const item = page.locator(`li[data-list-event-id="${id}"]`);
			await expect(item).toHaveClass(/\bselected\b/);
			await expect(item).toHaveAttribute('aria-current', 'true');
			await expect(page.locator('li[data-list-event-id].selected')).toHaveCount(1);
			// Focus follows the selection, so the keys keep working.
			await expect(markOf(page, id)).toBeFocused();
			await expect.poll(() => inChart(page, markOf(page, id))).toBe(true);
		};

		await markOf(page, 'besham-attack').focus();
		await page.keyboard.press('ArrowRight');
		await expectSelected(next);
		await page.keyboard.press('ArrowLeft');
		await expectSelected('besham-attack');
		await page.keyboard.press('ArrowLeft');
		await expectSelected(previous);
		await expect(markOf(page, 'besham-attack')).toHaveAttribute('aria-pressed', 'false');
	});

	test('Escape closes the panel, from the timeline and from inside the panel', async ({ page }) => {
		await openTimeline(page, '/?event=besham-attack');
		await expect(panel(page)).toBeVisible();
		await markOf(page, 'besham-attack').focus();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		await expect(page).not.toHaveURL(/[?&]event=/);
		await expect(markOf(page, 'besham-attack')).toHaveAttribute('aria-pressed', 'false');

		await markOf(page, 'besham-attack').press('Enter');
		await expect(panel(page)).toBeVisible();
		await panel(page).getByRole('button', { name: 'Close details' }).focus();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		// Focus goes back to the event's mark rather than getting lost.
		await expect(markOf(page, 'besham-attack')).toBeFocused();
	});

	test('choosing a list item selects it on the timeline without leaving /', async ({ page }) => {
		await openTimeline(page);
		const item = page.locator('li[data-list-event-id="joint-statement"]');
		await item.getByRole('link', { name: titleOf('joint-statement') }).click();

		await expect(page).toHaveURL(/\/\?event=joint-statement$/);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(markOf(page, 'joint-statement')).toHaveAttribute('aria-pressed', 'true');
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf('joint-statement'));
		await expect(item).toHaveClass(/\bselected\b/);
		await expect.poll(() => inChart(page, markOf(page, 'joint-statement'))).toBe(true);
	});
});

test.describe('by-actor layout', () => {
	test('shows one lane per actor, and an event with two actors in both lanes', async ({ page }) => {
		await openTimeline(page);
		await page.getByRole('radio', { name: 'By actor' }).click();
		await expect(page).toHaveURL(/[?&]layout=actors/);

		const withEvents = raw.actors
			.filter((a) => raw.events.some((e) => (e.actors ?? []).includes(a.id)))
			.map((a) => a.id);
		const expected = raw.events.some((e) => (e.actors ?? []).length === 0)
			? [...withEvents, '__none']
			: withEvents;
		const lanes = page.locator('g[data-lane-id]');
		await expect(lanes).toHaveCount(expected.length);
		const ids = await lanes.evaluateAll((els) => els.map((el) => el.getAttribute('data-lane-id')));
		expect([...ids].sort()).toEqual([...expected].sort());
		// Each lane is headed with its actor's name.
		for (const actor of raw.actors.filter((a) => withEvents.includes(a.id))) {
			await expect(page.locator(`g[data-lane-id="${actor.id}"] text`)).toHaveText(actor.name);
		}

		// An event with two participants: one mark in each of their lanes (attributions, which
		// are not participants, get no lane mark).
		const event = raw.events.find((e) => e.id === 'joint-statement')!;
		expect(event.actors).toHaveLength(2);
		const marks = page.locator(`g[data-mark-key][data-event-id="${event.id}"]`);
		await expect(marks).toHaveCount(2);
		const laneOfMark = async (mark: Locator) => {
			const box = (await mark.locator('path.symbol').boundingBox())!;
			const cy = box.y + box.height / 2;
			for (const id of ids) {
				const lane = (await page.locator(`g[data-lane-id="${id}"] rect`).boundingBox())!;
				if (cy >= lane.y && cy <= lane.y + lane.height) return id;
			}
			return null;
		};
		const found = [await laneOfMark(marks.nth(0)), await laneOfMark(marks.nth(1))];
		expect([...found].sort()).toEqual([...event.actors!].sort());
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

	test('tapping a mark opens a readable bottom sheet', async ({ page }) => {
		await openTimeline(page);
		const mark = markOf(page, 'besham-attack');
		await mark.locator('path.symbol').tap();
		await expect(page).toHaveURL(/[?&]event=besham-attack/);

		const sheet = panel(page);
		await expect(sheet).toBeVisible();
		expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
		// Once it has risen: flush with the bottom of the screen and as wide as it.
		await expect
			.poll(async () => {
				const box = (await sheet.boundingBox())!;
				return Math.round(box.y + box.height);
			})
			.toBe(812);
		const box = (await sheet.boundingBox())!;
		expect(Math.abs(box.width - 375)).toBeLessThanOrEqual(2);
		expect(box.x).toBeLessThanOrEqual(1);
		expect(box.y).toBeGreaterThan(812 * 0.2);

		const title = sheet.locator('#details-title');
		await expect(title).toHaveText(titleOf('besham-attack'));
		await expect(title).toBeInViewport();
		const size = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(16);
		const titleBox = (await title.boundingBox())!;
		expect(titleBox.y).toBeGreaterThanOrEqual(box.y);
	});
});

test.describe('accessibility', () => {
	// axe over the whole timeline takes several seconds.
	test.describe.configure({ timeout: 60_000 });

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const path of ['/', '/events/besham-attack']) {
			test(`axe finds no violation on ${path} (${colorScheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				if (path === '/') {
					await expect(page.locator('svg.chart-svg[data-ready="true"]')).toBeAttached();
				}
				// The scheme really applies (otherwise the dark run would only check light again).
				const dark = await page.evaluate(() => {
					const [r, g, b] = getComputedStyle(document.documentElement)
						.backgroundColor.match(/\d+(\.\d+)?/g)!
						.map(Number);
					return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
				});
				expect(dark).toBe(colorScheme === 'dark');
				const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
				expect(results.violations).toEqual([]);
			});
		}
	}

	test('axe finds no violation with the details panel open', async ({ page }) => {
		await openTimeline(page, '/?event=besham-attack');
		await expect(panel(page)).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations).toEqual([]);
	});
});

test('a view= link opens zoomed in; Show all zooms back out to years', async ({ page }) => {
	await openTimeline(page, '/?view=2024-06-01/2024-06-14');
	expect(FINE).toContain(await axisOf(page).getAttribute('data-tick-unit'));
	await page.getByRole('button', { name: 'Show all' }).click();
	await expect.poll(() => axisOf(page).getAttribute('data-tick-unit')).toMatch(/^(decade|year)$/);
});

test.describe('keyboard', () => {
	test('the chart is one Tab stop: Tab from the toolbar lands on a mark, and soon leaves', async ({
		page
	}) => {
		await openTimeline(page);
		// The toolbar's last control (the way into the story, where the dataset has one).
		await page.locator('.toolbar button').last().focus();
		await page.keyboard.press('Tab');
		const inChartNow = () => chartOf(page).evaluate((el) => el.contains(document.activeElement));
		expect(await inChartNow()).toBe(true);
		await expect(page.locator('g[data-mark-key]:focus')).toHaveCount(1);
		// At most three Tab presses pass through the chart (the mark and its edge pills), not 71 arrows.
		let stops = 1;
		for (; stops <= 5; stops++) {
			await page.keyboard.press('Tab');
			if (!(await inChartNow())) break;
		}
		expect(stops).toBeLessThanOrEqual(3);
		// Shift+Tab comes back to the same mark.
		await page.keyboard.press('Shift+Tab');
		await expect.poll(inChartNow).toBe(true);
	});

	test('the help lists every key, Alt + arrows and the overview’s keys included', async ({
		page
	}) => {
		await openTimeline(page);
		await chartOf(page).focus();
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: 'Keyboard' });
		await expect(dialog).toBeVisible();
		for (const key of ['Shift + ←', 'Alt + ←', 'Alt + →', 'Page Up', 'Home', '0', '?', 'Escape']) {
			await expect(
				dialog.locator('[data-keys-context] kbd', { hasText: key }).first()
			).toBeVisible();
		}
		const overview = dialog.locator('[data-keys-context="overview"]');
		await expect(overview).toContainText('↑');
		await expect(overview).toContainText('Narrow the window');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('Alt + → pans while an event is focused, without leaving it', async ({ page }) => {
		await openTimeline(page, '/?view=2024-03-01/2024-07-01');
		const mark = page.locator('g[data-mark-key][tabindex="0"]');
		await mark.focus();
		const id = await mark.getAttribute('data-event-id');
		const before = viewOf(page)!;
		await page.keyboard.press('Alt+ArrowRight');
		await expect.poll(() => viewOf(page)!.start).toBeGreaterThan(before.start);
		await expect(page).not.toHaveURL(/[?&]event=/);
		expect(await page.locator('g[data-mark-key]:focus').getAttribute('data-event-id')).toBe(id);
	});

	test('the overview’s keys move the window', async ({ page }) => {
		await openTimeline(page, '/?view=2024-03-01/2024-07-01');
		const brush = page.getByRole('slider', { name: 'Visible window' });
		await brush.focus();
		const before = viewOf(page)!;
		await page.keyboard.press('ArrowUp');
		await expect
			.poll(() => {
				const v = viewOf(page)!;
				return v.end - v.start;
			})
			.toBeLessThan(before.end - before.start);
		await page.keyboard.press('Home');
		const first = raw.events.map((e) => Date.parse(e.date.slice(0, 10))).sort((a, b) => a - b)[0];
		await expect.poll(() => viewOf(page)!.start).toBeLessThan(first);
	});
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

	test('a tap selects a mark and leaves no tooltip behind', async ({ page }) => {
		await openTimeline(page);
		// Marks whose title is not shown in full (hovering them would show a tooltip), which a tap
		// can reach: on screen, not covered.
		const reachable = await page.evaluate(() =>
			[...document.querySelectorAll('g[data-mark-key]')]
				.filter((g) => {
					const label = g.querySelector('text.label');
					const title = g.getAttribute('aria-label') ?? '';
					if (label && title.startsWith(label.textContent ?? '')) {
						if (!(label.textContent ?? '').endsWith('…')) return false;
					}
					const r = g.querySelector('path.symbol')!.getBoundingClientRect();
					const x = r.x + r.width / 2;
					const y = r.y + r.height / 2;
					if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
					return document.elementFromPoint(x, y)?.closest('g[data-mark-key]') === g;
				})
				.map((g) => g.getAttribute('data-event-id')!)
		);
		expect(reachable.length).toBeGreaterThan(1);
		for (const id of reachable.slice(0, 1)) {
			await markOf(page, id).locator('path.symbol').tap();
			await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
			await expect(markOf(page, id)).toHaveAttribute('aria-pressed', 'true');
			await expect(page.locator('.tip')).toHaveCount(0);
		}
	});
});
