/**
 * Issue 11, items 3 and 4 (the panel's side): "Why did this happen?" as a tree, the panel opening
 * at its top, and a phone sheet that keeps the selected mark in sight and drags.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { WCAG, markOf, openTimeline, panel } from './support/timeline';

const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	events: { id: string; title: string }[];
	links: { from: string; to: string }[];
};
const titleOf = (id: string) => raw.events.find((e) => e.id === id)!.title;
const causesOf = (id: string) => raw.links.filter((l) => l.to === id).map((l) => l.from);

/** The list that follows a section heading of the details ("Why did this happen?"). */
const section = (scope: Locator, name: string) =>
	scope.getByRole('heading', { name }).locator('xpath=following-sibling::*[1]');
const body = (page: Page) => panel(page).locator('.panel-body');

test.describe('why did this happen? as a tree', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('direct causes first, further ones folded under the cause they come through', async ({
		page
	}) => {
		await openTimeline(page, '/?event=azm-launch');
		const why = section(panel(page), 'Why did this happen?');
		const direct = causesOf('azm-launch');
		expect(direct.length).toBeGreaterThan(1);

		// Only the direct causes show at first, each once.
		const shown = why.locator('[data-chain-step]:visible');
		await expect(shown).toHaveCount(direct.length);
		expect((await shown.evaluateAll((els) => els.map((e) => e.dataset.chainStep))).sort()).toEqual(
			[...direct].sort()
		);
		await expect(why.locator('[data-chain-step][data-depth="1"]')).toHaveCount(direct.length);
		// The Beijing visit is two steps back, through the joint statement: folded until opened.
		const visit = why.locator('[data-chain-step="beijing-visit"]');
		await expect(visit).toBeHidden();
		const joint = why.locator('[data-chain-step="joint-statement"]');
		const fold = joint.locator('> details > summary');
		await expect(fold).toHaveText(/^\d+ earlier causes?, up to \d+ steps? back/);
		await fold.click();
		await expect(visit).toBeVisible();
		await expect(visit).toHaveAttribute('data-depth', '2');

		// Every event appears once in the tree, however many paths lead to it.
		const ids = await why
			.locator('[data-chain-step]')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chainStep));
		expect(new Set(ids).size).toBe(ids.length);
		// Each note paragraph once.
		const notes = await why.locator('p.note:not(.same)').allTextContents();
		expect(new Set(notes).size).toBe(notes.length);
		// The sentence says the hedge once, and nothing dangles.
		const sentence = await joint.locator('> p.because').textContent();
		expect(sentence).toMatch(/likely prompted the timing of/);
		expect(sentence!.match(/likely/g)).toHaveLength(1);
		const all = (await why.locator('p.because').allTextContents()).join('\n');
		expect(all).not.toMatch(/,,|\(\s*(likely|presumably|might)\s*\)| ,/);
	});

	test('the folded tree is a fraction of the old flat list’s height', async ({ page }) => {
		await openTimeline(page, '/?event=azm-launch');
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf('azm-launch'));
		// The flat list of all 13 causes made the panel about 8,750 px tall.
		const why = section(panel(page), 'Why did this happen?');
		expect((await why.boundingBox())!.height).toBeLessThan(2500);
		// The whole panel (sources now show where each link goes, the story offer its step) too.
		expect(await body(page).evaluate((el) => el.scrollHeight)).toBeLessThan(0.7 * 8750);
	});

	test('the permalink page shows the same tree, folds readable without scripts', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/events/azm-launch');
		const why = section(page.locator('main'), 'Why did this happen?');
		await expect(why.locator('[data-chain-step]:visible')).toHaveCount(
			causesOf('azm-launch').length
		);
		const visit = why.locator('[data-chain-step="beijing-visit"]');
		await expect(visit).toBeHidden();
		await why.locator('[data-chain-step="joint-statement"] > details > summary').click();
		await expect(visit).toBeVisible();
		const effects = section(page.locator('main'), 'What did it lead to?');
		await expect(effects.locator('[data-chain-step="cabinet-endorses-azm"]')).toBeVisible();
		await context.close();
	});
});

test.describe('the panel opens at its top', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('following a cause from inside the panel scrolls it to the top and focuses the heading', async ({
		page
	}) => {
		await openTimeline(page, '/?event=azm-launch');
		const scroller = body(page);
		await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);

		const why = section(panel(page), 'Why did this happen?');
		await why
			.locator('[data-chain-step="joint-statement"] .step-head')
			.getByRole('link', { name: titleOf('joint-statement') })
			.click();
		const heading = panel(page).locator('#details-title');
		await expect(heading).toHaveText(titleOf('joint-statement'));
		await expect(page).toHaveURL(/[?&]event=joint-statement/);
		await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
		await expect(heading).toBeFocused();
	});

	test('a selection from the chart opens the panel at its top too', async ({ page }) => {
		await openTimeline(page, '/?event=azm-launch');
		const scroller = body(page);
		await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
		await markOf(page, 'joint-statement').focus();
		await page.keyboard.press('Enter');
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf('joint-statement'));
		await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
		// Focus stays in the chart, where the reader is working.
		await expect(markOf(page, 'joint-statement')).toBeFocused();
	});
});

test.describe('the phone sheet', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

	/** The lowest mark drawn inside the chart: the one a tall sheet would cover first. */
	async function lowestMark(page: Page): Promise<string> {
		return page.evaluate(() => {
			const chart = document.querySelector('div.chart[role="region"]')!.getBoundingClientRect();
			let best: { id: string; y: number } | null = null;
			for (const g of document.querySelectorAll<SVGGElement>('g[data-mark-key][data-event-id]')) {
				const b = g.querySelector('path.symbol')?.getBoundingClientRect();
				if (!b || b.width === 0 || b.left < chart.left + 4 || b.right > chart.right - 4) continue;
				if (b.bottom > chart.bottom || b.top < chart.top) continue;
				if (!best || b.bottom > best.y) best = { id: g.dataset.eventId!, y: b.bottom };
			}
			return best!.id;
		});
	}

	const sheetTop = async (page: Page) => (await panel(page).boundingBox())!.y;

	test('tapping a mark opens the sheet below it, at a modest height', async ({ page }) => {
		await openTimeline(page);
		const id = await lowestMark(page);
		await markOf(page, id).locator('path.symbol').tap();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf(id));
		// Risen: flush with the bottom, about half the screen tall.
		await expect.poll(async () => Math.round(await sheetTop(page))).toBe(812 - 390);
		// The tapped mark lies wholly above the sheet's top edge, on screen.
		await expect
			.poll(async () => {
				const mark = (await markOf(page, id).locator('path.symbol').boundingBox())!;
				return mark.y >= 0 && mark.y + mark.height <= (await sheetTop(page));
			})
			.toBe(true);
	});

	test('the handle expands and shrinks the sheet, and every button is a 44 px target', async ({
		page
	}) => {
		await openTimeline(page, '/?event=joint-statement');
		const handle = panel(page).getByRole('button', { name: 'Expand details' });
		await expect(handle).toHaveAttribute('aria-expanded', 'false');
		// Measured at rest: while the sheet rises, its transform makes sizes fractional.
		await panel(page).evaluate((el) =>
			Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished))
		);
		const targets = panel(page).locator('button:visible, summary:visible');
		expect(await targets.count()).toBeGreaterThan(4);
		for (const box of await targets.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height])
		)) {
			expect(Math.min(...box)).toBeGreaterThanOrEqual(44);
		}
		await handle.tap();
		await expect(panel(page)).toHaveAttribute('data-sheet', 'expanded');
		await expect(panel(page).getByRole('button', { name: 'Shrink details' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		await expect.poll(() => sheetTop(page)).toBeLessThan(812 * 0.15);
		await panel(page).getByRole('button', { name: 'Shrink details' }).tap();
		await expect(panel(page)).toHaveAttribute('data-sheet', 'collapsed');
		await expect.poll(async () => Math.round(await sheetTop(page))).toBe(812 - 390);
	});

	/** A finger on the handle, moved by `dy` px in steps, then lifted. */
	async function dragHandle(page: Page, dy: number) {
		const box = (await panel(page).locator('button.handle').boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height / 2;
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let i = 1; i <= 8; i++) {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x, y: y + (dy * i) / 8 }]
			});
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	}

	test('dragging the handle up expands the sheet; down closes it', async ({ page }) => {
		await openTimeline(page, '/?event=joint-statement');
		await expect.poll(async () => Math.round(await sheetTop(page))).toBe(812 - 390);
		await dragHandle(page, -300);
		await expect(panel(page)).toHaveAttribute('data-sheet', 'expanded');
		// A small drag down only shrinks it back to half height.
		await dragHandle(page, 250);
		await expect(panel(page)).toHaveAttribute('data-sheet', 'collapsed');
		await expect(panel(page)).toBeVisible();
		// Down past the threshold closes it, and the selection with it.
		await dragHandle(page, 200);
		await expect(panel(page)).toHaveCount(0);
		await expect(page).not.toHaveURL(/[?&]event=/);
	});

	test('with reduced motion the sheet appears without animating', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openTimeline(page, '/?event=joint-statement');
		await expect(panel(page)).toBeVisible();
		expect(await panel(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
		const duration = await panel(page).evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(parseFloat(duration)).toBeLessThan(0.01);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violation in the sheet with a fold expanded (${colorScheme})`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme });
			await openTimeline(page, '/?event=azm-launch');
			const why = section(panel(page), 'Why did this happen?');
			await why.locator('[data-chain-step="joint-statement"] > details > summary').tap();
			await expect(why.locator('[data-chain-step="beijing-visit"]')).toBeVisible();
			// The sheet only: the chart behind it is checked by the timeline's own axe tests.
			const results = await new AxeBuilder({ page })
				.include('aside[data-panel]')
				.withTags(WCAG)
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}
});
