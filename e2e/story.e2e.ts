/**
 * Story mode (issue 13): the step card, walking every step with its events framed and labelled
 * and its links drawn, Back, the arrow keys, reduced motion, leaving and entering the story, axe,
 * and the story pages without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { audit } from './support/labels';
import { seed } from './support/seed';
import { markOf, openTimeline, panel, WCAG } from './support/timeline';

interface SeedStep {
	title: string;
	events?: string[];
	links?: { from: string; to: string }[];
}
const story = (seed as unknown as { stories: { id: string; steps: SeedStep[] }[] }).stories[0];
const N = story.steps.length;
const idsOf = (s: SeedStep) => [
	...new Set([...(s.events ?? []), ...(s.links ?? []).flatMap((l) => [l.from, l.to])])
];
const card = (page: Page) => page.locator('[data-story-card]');

/** Waits until the step is on the card and the camera has stopped moving. */
async function settled(page: Page, n: number) {
	await expect(card(page)).toHaveAttribute('data-step', String(n));
	await expect(card(page).locator('[data-step-count]')).toContainText(`Step ${n} of ${N}`);
	await expect(card(page).locator('h2')).toHaveText(story.steps[n - 1].title);
	let last = '';
	await expect
		.poll(async () => {
			const now = await page.locator('[data-tick-unit]').first().innerHTML();
			const same = now === last;
			last = now;
			return same;
		})
		.toBe(true);
}

/** Every event of step n labelled in the chart's free part, and every link it explains drawn strong. */
async function checkStep(page: Page, n: number) {
	const step = story.steps[n - 1];
	await expect
		.poll(async () => (await audit(page, idsOf(step))).problems, { message: `step ${n}` })
		.toEqual([]);
	for (const l of step.links ?? []) {
		const arrow = page.locator(`g.arrow[data-link-id="${l.from}->${l.to}"]`);
		await expect(arrow, `step ${n}: ${l.from} → ${l.to}`).toHaveAttribute(
			'data-emphasis',
			'strong'
		);
	}
}

for (const device of [
	{ name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false },
	{ name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
]) {
	test.describe(`the story on a ${device.name}`, () => {
		test.use({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch });

		test('Next walks every step, framing its events with labels and drawing its links', async ({
			page
		}) => {
			test.setTimeout(120_000);
			await openTimeline(page, `/?story=${story.id}&step=1`);
			await settled(page, 1);
			for (let n = 1; n <= N; n++) {
				if (n > 1) {
					await card(page).locator('[data-story-next]').click();
					await settled(page, n);
					await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
				}
				await checkStep(page, n);
			}
			await expect(card(page).locator('[data-story-next]')).toBeDisabled();
			// The last step shows the whole chain: every step's links are drawn.
			for (const l of story.steps.flatMap((s) => s.links ?? [])) {
				await expect(page.locator(`g.arrow[data-link-id="${l.from}->${l.to}"]`)).toBeAttached();
			}
		});
	});
}

test('Back returns to the previous step, and the arrow keys step while the card has focus', async ({
	page
}) => {
	await openTimeline(page, `/?story=${story.id}`);
	await settled(page, 1);
	await card(page).locator('[data-story-next]').click();
	await settled(page, 2);
	await card(page).locator('[data-story-next]').click();
	await settled(page, 3);
	await page.goBack();
	await settled(page, 2);
	await page.goBack();
	await settled(page, 1);
	await card(page).locator('[data-story-next]').focus();
	await page.keyboard.press('ArrowRight');
	await settled(page, 2);
	await page.keyboard.press('ArrowRight');
	await settled(page, 3);
	await page.keyboard.press('ArrowLeft');
	await settled(page, 2);
});

test('with reduced motion the camera jumps to the step', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openTimeline(page, `/?story=${story.id}&step=6`);
	await settled(page, 6);
	const axis = page.locator('[data-tick-unit]').first();
	const before = await axis.innerHTML();
	// Next, then the axis one frame later and three frames later: moved at once, then still.
	const [first, later] = await page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
		const html = () => document.querySelector('[data-tick-unit]')!.innerHTML;
		(document.querySelector('[data-story-next]') as HTMLButtonElement).click();
		await frame();
		await frame();
		const first = html();
		await frame();
		await frame();
		await frame();
		return [first, html()];
	});
	expect(first).not.toBe(before);
	expect(later).toBe(first);
	await settled(page, 7);
});

test('"Explore freely" leaves the story where it is; an event offers the step that tells of it', async ({
	page
}) => {
	await openTimeline(page, `/?story=${story.id}&step=4`);
	await settled(page, 4);
	await card(page).locator('[data-story-leave]').click();
	await expect(card(page)).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]view=/);
	await expect(page).not.toHaveURL(/story=/);

	const id = story.steps[6].events![0];
	const first = story.steps.findIndex((s) => idsOf(s).includes(id)) + 1;
	await openTimeline(page, `/?event=${id}`);
	const offer = panel(page).locator(`[data-story-offer="${story.id}"]`);
	await expect(offer).toContainText(`Step ${first}`);
	await offer.getByRole('button', { name: 'Follow the story from here' }).click();
	await settled(page, first);
	await expect(markOf(page, id)).toHaveAttribute('data-story', 'current');
});

test('a step draws its own events even when the filters hide them', async ({ page }) => {
	const step = story.steps[0];
	await openTimeline(page, `/?actors=china&story=${story.id}`);
	await settled(page, 1);
	for (const id of idsOf(step)) await expect(markOf(page, id)).toBeAttached();
});

for (const theme of ['light', 'dark']) {
	test(`axe finds no violation in the story card, ${theme}`, async ({ page }) => {
		await openTimeline(page, `/?story=${story.id}&step=8&theme=${theme}`);
		await settled(page, 8);
		const results = await new AxeBuilder({ page })
			.include('[data-story-card]')
			.withTags(WCAG)
			.analyze();
		expect(results.violations).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story page lists every step with its text, events and sources', async ({ page }) => {
		await page.goto(`/stories/${story.id}`);
		const steps = page.locator('[data-story-step]');
		await expect(steps).toHaveCount(N);
		for (let n = 1; n <= N; n++) {
			const li = steps.nth(n - 1);
			await expect(li.locator('h2')).toContainText(story.steps[n - 1].title);
			for (const id of story.steps[n - 1].events ?? []) {
				await expect(li.locator(`[data-step-event="${id}"] a`).first()).toBeVisible();
			}
			const links = story.steps[n - 1].links ?? [];
			await expect(li.locator('p[data-basis]')).toHaveCount(links.length);
			await expect(li.locator('ul.sources a[href^="http"]').first()).toBeVisible();
		}
		await expect(page.locator('p[data-basis="inferred"]').first()).toContainText('Inferred');
	});

	test('each step has a permalink with its own title and description', async ({ page }) => {
		await page.goto(`/stories/${story.id}/3`);
		await expect(page).toHaveTitle(new RegExp(`^Step 3 of ${N}: `));
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.length).toBeGreaterThan(40);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
			'content',
			new RegExp(story.steps[2].title.slice(0, 10))
		);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(new RegExp(`/stories/${story.id}/4$`));
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

	test('a sideways swipe on the card steps; the card folds to its bar to show the chart', async ({
		page
	}) => {
		await openTimeline(page, `/?story=${story.id}&step=2`);
		await settled(page, 2);
		const swipe = (dx: number) =>
			card(page)
				.locator('.body')
				.evaluate((el, dx) => {
					const r = el.getBoundingClientRect();
					const at = (x: number, type: string) =>
						el.dispatchEvent(
							new PointerEvent(type, {
								bubbles: true,
								pointerId: 7,
								pointerType: 'touch',
								clientX: x,
								clientY: r.top + 20
							})
						);
					at(r.left + r.width / 2, 'pointerdown');
					at(r.left + r.width / 2 + dx, 'pointerup');
				}, dx);
		await swipe(-150);
		await settled(page, 3);
		await swipe(150);
		await settled(page, 2);

		const fold = card(page).getByRole('button', { name: 'Fold the card to see the chart' });
		await fold.click();
		await expect(card(page).locator('.body')).toBeHidden();
		await expect(card(page).locator('[data-step-count]')).toBeVisible();
		await card(page).getByRole('button', { name: 'Show the step’s text' }).click();
		await expect(card(page).locator('h2')).toBeVisible();
	});
});
