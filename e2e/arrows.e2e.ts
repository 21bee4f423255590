/**
 * Issue 4: causal arrows — the selected event's chain highlighted, labels on hover and focus,
 * solid (reported) versus dashed (inferred), walking the graph with the keys, stubs for ends out of
 * view or filtered out, the show/hide control, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { tiedTo } from './support/seed';
import { WCAG, chartOf, inChart, markOf, openTimeline, panel } from './support/timeline';

const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8')) as {
	events: { id: string; title: string; actors?: string[] }[];
	links: { from: string; to: string; label?: string; basis?: 'reported' | 'inferred' }[];
};
const titleOf = (id: string) => raw.events.find((e) => e.id === id)!.title;
const linkId = (l: { from: string; to: string }) => `${l.from}->${l.to}`;
const basisOf = new Map(raw.links.map((l) => [linkId(l), l.basis ?? 'reported']));
const effectsOf = (id: string) => raw.links.filter((l) => l.from === id).map((l) => l.to);
const causesOf = (id: string) => raw.links.filter((l) => l.to === id).map((l) => l.from);

/** Every event reachable from `id` by following `next` (not including `id`). */
function walk(id: string, next: (id: string) => string[]): Set<string> {
	const seen = new Set<string>();
	const todo = [id];
	while (todo.length > 0) {
		for (const n of next(todo.pop()!)) {
			if (!seen.has(n)) {
				seen.add(n);
				todo.push(n);
			}
		}
	}
	return seen;
}

const tip = (page: Page) => page.locator('[data-arrow-tip]');

/**
 * Zooms in with Ctrl + the mouse wheel over the event's mark (so it stays put) until the mark gets a stub
 * for a linked event that has left the view. Returns that stub.
 */
async function zoomUntilStub(page: Page, id: string): Promise<Locator> {
	const mark = markOf(page, id);
	const stub = page.locator(`g[data-stub-event="${id}"][data-stub-reason="offscreen"]`).first();
	for (let i = 0; i < 8 && (await stub.count()) === 0; i++) {
		await mark.locator('path.symbol').scrollIntoViewIfNeeded();
		const box = (await mark.locator('path.symbol').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const shown = page.locator('.window-text');
		const before = await shown.textContent();
		await page.keyboard.down('Control');
		for (let n = 0; n < 3; n++) await page.mouse.wheel(0, -120);
		await page.keyboard.up('Control');
		// The zoom has landed once the window the strip names has changed.
		await expect(shown).not.toHaveText(before ?? '');
	}
	await expect(stub).toBeAttached();
	return stub;
}

/** Pairs of stubs whose pills overlap, by their accessible names. */
function overlappingStubs(page: Page): Promise<string[]> {
	return page.locator('g[data-stub-event]').evaluateAll((els) => {
		const boxes = els.map((el) => ({
			name: el.getAttribute('aria-label')!,
			r: el.querySelector('rect.pill')!.getBoundingClientRect()
		}));
		const pairs: string[] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i].r;
				const b = boxes[j].r;
				if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
					pairs.push(`${boxes[i].name} / ${boxes[j].name}`);
				}
			}
		}
		return pairs;
	});
}

/** The stubs on screen whose middle a pointer cannot reach (something else is drawn over it). */
function coveredStubs(page: Page): Promise<string[]> {
	return page.locator('g[data-stub-event]').evaluateAll((els) =>
		els
			.filter((el) => {
				const r = el.querySelector('rect.pill')!.getBoundingClientRect();
				const cx = r.x + r.width / 2;
				const cy = r.y + r.height / 2;
				// Only a pill whose centre is on screen can be hit (or covered).
				if (cy < 0 || cy > window.innerHeight || cx < 0 || cx > window.innerWidth) return false;
				const hit = document.elementFromPoint(cx, cy);
				return hit?.closest('g[data-stub-event]') !== el;
			})
			.map((el) => el.getAttribute('aria-label')!)
	);
}

test.describe('chain highlighting', () => {
	test('selecting the launch of Azm-e-Istehkam highlights its chain and dims the rest', async ({
		page
	}) => {
		await openTimeline(page, '/?event=azm-launch');
		await expect(markOf(page, 'azm-launch')).toHaveAttribute('aria-pressed', 'true');

		// Back through the joint statement and the Beijing visit to the attack on Chinese workers.
		for (const id of ['azm-launch', 'joint-statement', 'beijing-visit', 'besham-attack']) {
			await expect(markOf(page, id)).not.toHaveClass(/\bdim\b/);
		}
		// Exactly the chain (causes of causes…, effects of effects…) stays bright; the rest is dimmed.
		const chain = new Set([
			'azm-launch',
			...walk('azm-launch', causesOf),
			...walk('azm-launch', effectsOf)
		]);
		const drawn = await page
			.locator('g[data-mark-key]')
			.evaluateAll((els) =>
				els.map((el) => [el.getAttribute('data-event-id')!, el.classList.contains('dim')] as const)
			);
		const unrelated = drawn.filter(([id]) => !chain.has(id));
		expect(unrelated.length, 'some unrelated event is drawn').toBeGreaterThan(0);
		for (const [id, dim] of drawn) expect(dim, `${id} dimmed?`).toBe(!chain.has(id));
		// e.g. the Mir Ali attack has no causal path to or from the launch.
		expect(chain.has('mir-ali-attack')).toBe(false);
		await expect(markOf(page, 'mir-ali-attack')).toHaveClass(/\bdim\b/);
		// Dimmed means visibly fainter.
		const opacity = (id: string) =>
			markOf(page, id).evaluate((el) => Number(getComputedStyle(el).opacity));
		await expect.poll(() => opacity('mir-ali-attack')).toBeLessThan(0.5);
		expect(await opacity('besham-attack')).toBe(1);

		const details = panel(page).locator('[data-details-id="azm-launch"]');
		const why = details
			.getByRole('heading', { name: 'Why did this happen?' })
			.locator('xpath=following-sibling::*[1]');
		// Further causes are folded under the direct cause they come through.
		await why.locator('[data-chain-step="joint-statement"] > details > summary').click();
		for (const id of ['joint-statement', 'beijing-visit', 'besham-attack']) {
			const step = why.locator(`[data-chain-step="${id}"]`);
			await expect(step).toBeVisible();
			await expect(step.getByRole('link', { name: titleOf(id) })).toBeVisible();
		}
		// The direct cause says why and on what basis.
		await expect(why.locator('[data-chain-step="joint-statement"]')).toContainText('Inferred');
		await expect(why.locator('[data-chain-step="joint-statement"]')).toContainText('likely');

		// A step is a link that selects that event on the timeline.
		await why.locator('[data-chain-step="beijing-visit"]').getByRole('link').first().click();
		await expect(page).toHaveURL(/\/\?event=beijing-visit$/);
		await expect(markOf(page, 'beijing-visit')).toHaveAttribute('aria-pressed', 'true');
	});
});

test.describe('arrow labels and styles', () => {
	test('an arrow’s label shows on hover', async ({ page }) => {
		await openTimeline(page);
		await expect(tip(page)).toHaveCount(0);
		// The middle of an arrow's curve that no mark covers.
		const target = await page.evaluate(() => {
			for (const hit of document.querySelectorAll<SVGPathElement>('g[data-link-id] path.hit')) {
				const p = hit.getPointAtLength(hit.getTotalLength() / 2);
				const m = hit.getScreenCTM();
				if (!m) continue;
				const x = m.a * p.x + m.c * p.y + m.e;
				const y = m.b * p.x + m.d * p.y + m.f;
				if (y < 0 || y > window.innerHeight) continue;
				if (document.elementFromPoint(x, y) === hit) {
					return { id: hit.parentElement!.getAttribute('data-link-id')!, x, y };
				}
			}
			return null;
		});
		expect(target, 'an arrow that can be pointed at').not.toBeNull();
		await page.mouse.move(target!.x, target!.y);
		await expect(tip(page)).toBeVisible();
		await expect(tip(page)).toHaveAttribute('data-arrow-tip', target!.id);
		const link = raw.links.find((l) => linkId(l) === target!.id)!;
		await expect(tip(page)).toContainText(link.label ?? 'led to');
		await expect(tip(page)).toContainText(titleOf(link.from));
		await expect(tip(page)).toContainText(titleOf(link.to));

		await page.mouse.move(1, 1);
		await expect(tip(page)).toHaveCount(0);
	});

	test('an arrow’s label shows on keyboard focus, and it has an accessible name', async ({
		page
	}) => {
		await openTimeline(page);
		const hit = page.locator('g[data-link-id="joint-statement->azm-launch"] path.hit');
		await expect(hit).toHaveAttribute('role', 'button');
		await expect(hit).toHaveAttribute(
			'aria-label',
			`${titleOf('joint-statement')} likely prompted the timing of ${titleOf('azm-launch')} — an author's inference`
		);

		// Arrows are no Tab stops: they are reached from their event. Shift+← on the launch lists
		// its causes; the option under focus shows its arrow's label.
		expect(
			await page
				.locator('g[data-link-id] path.hit')
				.evaluateAll((els) =>
					els.filter((el) => el.getAttribute('tabindex') !== '-1').map((el) => el.outerHTML)
				)
		).toEqual([]);
		await markOf(page, 'azm-launch').focus();
		await page.keyboard.press('Shift+ArrowLeft');
		const menu = page.getByRole('dialog', { name: 'Caused by…' });
		const first = menu.locator('li button').first();
		await expect(first).toBeFocused();
		await expect(tip(page)).toBeVisible();
		const id = (await tip(page).getAttribute('data-arrow-tip'))!;
		expect(causesOf('azm-launch').map((from) => `${from}->azm-launch`)).toContain(id);
		await expect(first).toContainText(titleOf(id.split('->')[0]));
		// Down the menu, the label follows the option.
		const statement = menu.getByRole('button', { name: titleOf('joint-statement') });
		await statement.focus();
		await expect(tip(page)).toHaveAttribute('data-arrow-tip', 'joint-statement->azm-launch');
		await expect(statement).toContainText('inferred');
		await page.keyboard.press('Escape');
		await expect(menu).toHaveCount(0);
		await expect(markOf(page, 'azm-launch')).toBeFocused();
		await expect(tip(page)).toHaveCount(0);

		// A pointer (or a script) can still focus the arrow itself.
		await hit.focus();
		await expect(tip(page)).toHaveAttribute('data-arrow-tip', 'joint-statement->azm-launch');
		await expect(tip(page)).toContainText('likely prompted the timing of');
		await expect(tip(page)).toContainText('Inferred');

		await chartOf(page).focus();
		await expect(tip(page)).toHaveCount(0);
	});

	test('reported links are solid, inferred links dashed', async ({ page }) => {
		await openTimeline(page);
		const dash = (id: string) =>
			page
				.locator(`g[data-link-id="${id}"] path.line`)
				.evaluate((el) => getComputedStyle(el).strokeDasharray);
		expect(basisOf.get('besham-attack->joint-statement')).toBe('reported');
		expect(basisOf.get('joint-statement->azm-launch')).toBe('inferred');
		expect(await dash('besham-attack->joint-statement')).toBe('none');
		expect(await dash('joint-statement->azm-launch')).not.toBe('none');

		// And for every arrow drawn: its basis is the dataset's, and its dash says so.
		const arrows = await page.locator('g[data-link-id]').evaluateAll((els) =>
			els.map((el) => ({
				id: el.getAttribute('data-link-id')!,
				basis: el.getAttribute('data-basis'),
				dash: getComputedStyle(el.querySelector('path.line')!).strokeDasharray
			}))
		);
		expect(arrows.length).toBeGreaterThan(10);
		for (const a of arrows) {
			expect(a.basis, a.id).toBe(basisOf.get(a.id));
			expect(a.dash === 'none', a.id).toBe(a.basis === 'reported');
		}
	});
});

test('arrows stay inside the plot, below the time axis', async ({ page }) => {
	await openTimeline(page, '/?actors=ttp');
	await expect(page.locator('g[data-link-id]').first()).toBeAttached();
	const above = await page.evaluate(() => {
		const axis = document.querySelector('[data-tick-unit] line.baseline')!;
		const baseline = axis.getBoundingClientRect().top;
		return [...document.querySelectorAll('g[data-link-id] path.line')]
			.filter((line) => line.getBoundingClientRect().top < baseline - 1)
			.map((line) => line.parentElement!.getAttribute('data-link-id'));
	});
	expect(above).toEqual([]);
});

test.describe('walking the graph with the keys', () => {
	test('Shift+ArrowRight from the Besham attack follows “led to” arrows', async ({ page }) => {
		await openTimeline(page, '/?event=besham-attack');
		const effects = effectsOf('besham-attack');
		expect(effects.length).toBeGreaterThan(1);

		await markOf(page, 'besham-attack').focus();
		await page.keyboard.press('Shift+ArrowRight');

		// Several effects: a small menu lists them all.
		const menu = page.getByRole('dialog', { name: 'Led to…' });
		await expect(menu).toBeVisible();
		const options = menu.locator('li button');
		await expect(options).toHaveCount(effects.length);
		// Keyboard users land in the menu.
		await expect(options.first()).toBeFocused();
		for (const id of effects) {
			await expect(menu.getByRole('button', { name: titleOf(id) })).toHaveCount(1);
		}
		// Escape closes the menu without changing the selection.
		await page.keyboard.press('Escape');
		await expect(menu).toHaveCount(0);
		await expect(page).toHaveURL(/[?&]event=besham-attack(&|$)/);
		await expect(markOf(page, 'besham-attack')).toBeFocused();

		// Choosing one selects it.
		await page.keyboard.press('Shift+ArrowRight');
		await menu.getByRole('button', { name: titleOf('joint-statement') }).click();
		await expect(menu).toHaveCount(0);
		await expect(page).toHaveURL(/[?&]event=joint-statement(&|$)/);
		await expect(markOf(page, 'joint-statement')).toHaveAttribute('aria-pressed', 'true');
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf('joint-statement'));
		await expect(markOf(page, 'joint-statement')).toBeFocused();

		// And back along the arrows: Shift+ArrowLeft offers the joint statement's causes.
		await page.keyboard.press('Shift+ArrowLeft');
		const back = page.getByRole('dialog', { name: 'Caused by…' });
		await expect(back).toBeVisible();
		await back.getByRole('button', { name: titleOf('besham-attack') }).press('Enter');
		await expect(page).toHaveURL(/[?&]event=besham-attack(&|$)/);
	});

	test('with a single effect, Shift+ArrowRight moves straight to it', async ({ page }) => {
		// The Mir Ali attack led to one thing only: the strikes in Afghanistan two days later.
		expect(effectsOf('mir-ali-attack')).toEqual(['afghanistan-strikes-2024']);
		await openTimeline(page, '/?event=mir-ali-attack');
		await markOf(page, 'mir-ali-attack').focus();
		await page.keyboard.press('Shift+ArrowRight');
		await expect(page).toHaveURL(/[?&]event=afghanistan-strikes-2024(&|$)/);
		await expect(markOf(page, 'afghanistan-strikes-2024')).toHaveAttribute('aria-pressed', 'true');
		await expect(markOf(page, 'afghanistan-strikes-2024')).toBeFocused();
		await expect(page.getByRole('dialog', { name: 'Led to…' })).toHaveCount(0);
	});
});

test.describe('stubs', () => {
	test('a stub shows an end panned out of view; activating it brings that end into view', async ({
		page
	}) => {
		await openTimeline(page, '/?event=azm-launch');
		const launch = markOf(page, 'azm-launch');
		await expect.poll(() => inChart(page, launch)).toBe(true);

		// Zoom in around the launch until one of its far ends leaves the view.
		const stub = await zoomUntilStub(page, 'azm-launch');
		await expect.poll(() => inChart(page, launch)).toBe(true);

		const side = await stub.getAttribute('data-stub-side');
		await expect(stub).toHaveAttribute(
			'aria-label',
			/^\d+ linked events? (earlier|later), out of view: show /
		);
		// The launch's linked events on that side that are now out of view, nearest first.
		const order = await page
			.locator('li[data-list-event-id]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-list-event-id')!));
		const here = order.indexOf('azm-launch');
		const linked = [...causesOf('azm-launch'), ...effectsOf('azm-launch')].filter((id) =>
			side === 'left' ? order.indexOf(id) < here : order.indexOf(id) > here
		);
		const hidden: string[] = [];
		for (const id of linked) if (!(await inChart(page, markOf(page, id)))) hidden.push(id);
		expect(hidden.length).toBeGreaterThan(0);
		hidden.sort((a, b) => Math.abs(order.indexOf(a) - here) - Math.abs(order.indexOf(b) - here));

		// By keyboard: with a pointer, another stub can cover this one (see the tests below).
		await stub.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => inChart(page, markOf(page, hidden[0]))).toBe(true);
		// The end the stub belonged to stays in view too, and so does the selection.
		expect(await inChart(page, launch)).toBe(true);
		await expect(launch).toHaveAttribute('aria-pressed', 'true');
	});

	test('zooming in with + around the selected event keeps it in view and shows stubs', async ({
		page
	}) => {
		await openTimeline(page, '/?event=azm-launch');
		await markOf(page, 'azm-launch').focus();
		const axis = page.locator('[data-tick-unit]');
		for (let i = 0; i < 8; i++) await page.keyboard.press('+');
		await expect
			.poll(() => axis.getAttribute('data-tick-unit'), { timeout: 3000 })
			.toMatch(/^(week|day)$/);
		await expect(markOf(page, 'azm-launch')).toBeFocused({ timeout: 1000 });
		expect(await inChart(page, markOf(page, 'azm-launch'))).toBe(true);
		await expect(page.locator('g[data-stub-event]').first()).toBeAttached({ timeout: 1000 });
	});

	test('stubs never cover one another', async ({ page }) => {
		await openTimeline(page, '/?event=azm-launch&view=2023-06-17/2024-07-24');
		await expect(page.locator('g[data-stub-event="azm-launch"]')).toHaveCount(1);
		expect(await page.locator('g[data-stub-event]').count()).toBeGreaterThan(1);
		expect(await overlappingStubs(page)).toEqual([]);
	});

	test('a stub can be clicked: no mark is drawn over it', async ({ page }) => {
		await openTimeline(page, '/?actors=ttp');
		const stub = page.locator('g[data-stub-event="besham-attack"][data-stub-reason="filtered"]');
		await stub.scrollIntoViewIfNeeded();
		expect(await coveredStubs(page)).toEqual([]);
		await stub.click({ timeout: 2000 });
		await expect(page).toHaveURL(/[?&]event=/);
		await expect(page).not.toHaveURL(/[?&]event=besham-attack(&|$)/);
		expect(effectsOf('besham-attack')).toContain(new URL(page.url()).searchParams.get('event'));
	});

	test('a stub shows an end that the filters hide; activating it selects that event', async ({
		page
	}) => {
		await openTimeline(page, '/?actors=ttp');
		const visible = tiedTo('ttp');
		await expect(page.locator('[data-result-count]')).toHaveText(
			`${visible.size} of ${raw.events.length} events`
		);
		// The Besham attack (attributed to the TTP) led to the Beijing visit and the joint statement (no TTP).
		const hiddenEffects = effectsOf('besham-attack').filter((id) => !visible.has(id));
		expect(hiddenEffects.length).toBeGreaterThan(0);

		const stub = page.locator('g[data-stub-event="besham-attack"][data-stub-reason="filtered"]');
		await expect(stub).toHaveCount(1);
		await expect(stub).toHaveAttribute('data-stub-side', 'right');
		await expect(stub).toHaveAttribute('aria-label', /hidden by the filters: show /);
		await expect(stub.locator('text')).toHaveText(String(hiddenEffects.length));
		// Filtered-out events are not drawn.
		for (const id of hiddenEffects) {
			await expect(page.locator(`g[data-mark-key][data-event-id="${id}"]`)).toHaveCount(0);
		}

		await stub.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/[?&]event=/);
		const selected = new URL(page.url()).searchParams.get('event')!;
		expect(hiddenEffects).toContain(selected);
		await expect(panel(page).locator('#details-title')).toHaveText(titleOf(selected));
		await expect(panel(page)).toContainText('hidden by the current filters');
		// It is drawn (faintly) and in view; the filters are unchanged.
		await expect(markOf(page, selected)).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => inChart(page, markOf(page, selected))).toBe(true);
		await expect(page).toHaveURL(/[?&]actors=ttp(&|$)/);
	});
});

test('the Causal arrows checkbox hides the arrows and keeps that in the URL', async ({ page }) => {
	await openTimeline(page, '/?event=azm-launch');
	const arrows = page.locator('g[data-link-id]');
	await expect(arrows.first()).toBeAttached();
	const toggle = page.getByRole('checkbox', { name: 'Causal arrows' });
	await expect(toggle).toBeChecked();

	await toggle.uncheck();
	await expect(arrows).toHaveCount(0);
	await expect(page.locator('g[data-stub-event]')).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]arrows=0(&|$)/);

	await page.reload();
	await expect(page.locator('svg.chart-svg[data-ready="true"]')).toBeAttached();
	await expect(page.getByRole('checkbox', { name: 'Causal arrows' })).not.toBeChecked();
	await expect(arrows).toHaveCount(0);

	await page.getByRole('checkbox', { name: 'Causal arrows' }).check();
	await expect(arrows.first()).toBeAttached();
	await expect(page).not.toHaveURL(/[?&]arrows=/);
});

test('axe finds no violation with arrows shown and an event selected', async ({ page }) => {
	test.setTimeout(120_000);
	await openTimeline(page, '/?event=azm-launch');
	await expect(page.locator('g[data-link-id]').first()).toBeAttached();
	await expect(panel(page)).toBeVisible();
	// With an arrow's label showing too.
	await page.locator('g[data-link-id="joint-statement->azm-launch"] path.hit').focus();
	await expect(tip(page)).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations).toEqual([]);
});

test.describe('arrows recede, and come forward', () => {
	/** Opacity and whether the arrowhead shows, per drawn arrow. */
	const looks = (page: Page) =>
		page.locator('g[data-link-id]').evaluateAll((els) =>
			Object.fromEntries(
				els.map((el) => [
					el.getAttribute('data-link-id')!,
					{
						opacity: Number(getComputedStyle(el).opacity),
						head: getComputedStyle(el.querySelector('path.head')!).display !== 'none'
					}
				])
			)
		);

	test('quiet with nothing selected; an event’s own arrows strong while it has focus', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openTimeline(page);
		const quiet = await looks(page);
		expect(Object.keys(quiet).length).toBeGreaterThan(10);
		for (const [id, l] of Object.entries(quiet)) {
			expect(l.opacity, id).toBeLessThanOrEqual(0.35);
			expect(l.head, id).toBe(false);
		}
		// Reduced motion: no fading.
		const fade = await page
			.locator('g[data-link-id]')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
		expect(fade).toBeLessThan(0.02);

		await markOf(page, 'joint-statement').focus();
		const own = new Set(
			raw.links
				.filter((l) => l.from === 'joint-statement' || l.to === 'joint-statement')
				.map(linkId)
		);
		await expect
			.poll(async () => {
				const now = await looks(page);
				return Object.entries(now).every(([id, l]) =>
					own.has(id) ? l.opacity === 1 && l.head : l.opacity <= 0.35 && !l.head
				);
			})
			.toBe(true);
		expect([...own].filter((id) => id in quiet).length).toBeGreaterThan(1);
	});

	test('with a selection: direct links strong, the further chain quieter, the rest faint', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openTimeline(page, '/?event=joint-statement');
		const direct = new Set(
			raw.links
				.filter((l) => l.from === 'joint-statement' || l.to === 'joint-statement')
				.map(linkId)
		);
		const chainEvents = new Set([
			'joint-statement',
			...walk('joint-statement', causesOf),
			...walk('joint-statement', effectsOf)
		]);
		// A link is on the chain when it runs along it (cause of a cause, effect of an effect).
		const upstream = walk('joint-statement', causesOf);
		const downstream = walk('joint-statement', effectsOf);
		const onChain = (l: { from: string; to: string }) =>
			(upstream.has(l.from) && (upstream.has(l.to) || l.to === 'joint-statement')) ||
			(downstream.has(l.to) && (downstream.has(l.from) || l.from === 'joint-statement'));
		expect(chainEvents.size).toBeGreaterThan(3);
		// Move the pointer out of the way so that nothing but the selection counts.
		await page.mouse.move(1, 1);
		const now = await looks(page);
		let further = 0;
		let rest = 0;
		for (const [id, l] of Object.entries(now)) {
			const link = raw.links.find((x) => linkId(x) === id)!;
			if (direct.has(id)) expect(l, id).toEqual({ opacity: 1, head: true });
			else if (onChain(link)) {
				further++;
				expect(l.opacity, id).toBeGreaterThan(0.35);
				expect(l.opacity, id).toBeLessThan(1);
			} else {
				rest++;
				expect(l.opacity, id).toBeLessThanOrEqual(0.15);
			}
		}
		expect(further, 'arrows further along the chain').toBeGreaterThan(0);
		expect(rest, 'arrows off the chain').toBeGreaterThan(0);
	});
});

test.describe('edge pills', () => {
	/** Pills that overlap a mark's visible label (as clipped to the plot), by their names. */
	const pillsOverLabels = (page: Page) =>
		page.evaluate(() => {
			const axis = document.querySelector('[data-tick-unit] line.baseline')!;
			const plot = axis.getBoundingClientRect();
			const labels = [...document.querySelectorAll('g[data-mark-key] text.label')].map((t) => {
				const b = t.getBoundingClientRect();
				const left = Math.max(b.left, plot.left);
				const right = Math.min(b.right, plot.right);
				return { left, right, top: b.top, bottom: b.bottom };
			});
			return [...document.querySelectorAll('g[data-stub-event]')]
				.filter((g) => {
					const r = g.querySelector('rect.pill')!.getBoundingClientRect();
					return labels.some(
						(b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom
					);
				})
				.map((g) => g.getAttribute('aria-label'));
		});

	for (const url of ['/?actors=ttp', '/?event=azm-launch&view=2023-06-17/2024-07-24']) {
		test(`sit in the gutter, cover no label, and are at least 24 px (${url})`, async ({ page }) => {
			await openTimeline(page, url);
			const pills = page.locator('g[data-stub-event] rect.pill');
			await expect(pills.first()).toBeAttached();
			expect(await pillsOverLabels(page)).toEqual([]);
			const plot = (await page.locator('[data-tick-unit] line.baseline').boundingBox())!;
			for (const box of await pills.evaluateAll((els) =>
				els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
			)) {
				expect(box.width).toBeGreaterThanOrEqual(24);
				expect(box.height).toBeGreaterThanOrEqual(24);
				// Outside the plot, which the axis baseline spans.
				expect(box.right <= plot.x + 0.5 || box.left >= plot.x + plot.width - 0.5).toBe(true);
			}
			// What a pill is, in words the reader sees: the legend, and a title on hover.
			await expect(page.locator('[data-legend="stub"]')).toContainText(
				'arrows to events out of view'
			);
			await expect(page.locator('g[data-stub-event] title').first()).toHaveText(
				/^\d+ linked events? /
			);
		});
	}
});
