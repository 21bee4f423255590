import { expect, test } from '@playwright/test';
import { hostPage, useHost } from './support/host-server';
import { seed as raw, tiedTo as withActor } from './support/seed';

const ofKind = (k: string) => new Set(raw.events.filter((e) => e.kind === k).map((e) => e.id));

const host = useHost();

test('two <causeway-timeline> elements each show their own view and react to attributes', async ({
	page,
	baseURL
}) => {
	const url = host.page(
		'/two',
		hostPage(`
			<causeway-timeline id="a" actors="ttp" controls="0"></causeway-timeline>
			<causeway-timeline id="b" kinds="diplomacy"></causeway-timeline>
			<script src="${baseURL}/causeway.js"></script>
			<script>
				window.heard = [];
				document.getElementById('b').addEventListener('causeway:select', (e) => window.heard.push(e.detail.id));
			</script>`)
	);
	await page.goto(url);
	const a = page.locator('#a');
	const b = page.locator('#b');
	const ids = async (el: typeof a) =>
		el
			.locator('[data-mark-key]')
			.evaluateAll((els) => els.map((x) => x.getAttribute('data-event-id') ?? ''));

	await expect(a.locator('[data-mark-key]').first()).toBeVisible();
	await expect(b.locator('[data-mark-key]').first()).toBeVisible();
	const ttp = withActor('ttp');
	const diplomacy = ofKind('diplomacy');
	for (const id of await ids(a)) expect(ttp.has(id), `${id} involves the TTP`).toBe(true);
	for (const id of await ids(b)) expect(diplomacy.has(id), `${id} is diplomacy`).toBe(true);
	await expect(a.locator('#filter-q')).toHaveCount(0);
	await expect(b.locator('#filter-q')).toHaveCount(1);

	// Changing one element's attribute changes only that element.
	const bBefore = await ids(b);
	await a.evaluate((el) => el.setAttribute('actors', 'china'));
	const china = withActor('china');
	await expect
		.poll(async () => (await ids(a)).every((id) => china.has(id)) && (await ids(a)).length > 0)
		.toBe(true);
	expect(await ids(b)).toEqual(bBefore);

	// The host hears a reader's selection...
	const first = b.locator('[data-mark-key]').first();
	const picked = await first.getAttribute('data-event-id');
	await first.click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
		.toContain(picked);
	await expect(b.locator('aside[data-panel]')).toBeVisible();
	await expect(a.locator('aside[data-panel]')).toHaveCount(0);

	// ...and can select one itself, by method or by event.
	await a.evaluate((el) =>
		(el as unknown as { set: (c: object) => void }).set({ event: 'joint-statement' })
	);
	await expect(a.locator('aside[data-panel]')).toContainText(/joint statement/i);
	await b.evaluate((el) =>
		el.dispatchEvent(new CustomEvent('causeway:set', { detail: { event: null } }))
	);
	await expect(b.locator('aside[data-panel]')).toHaveCount(0);
});

test('a <causeway-timeline> follows its theme attribute: dark and light', async ({
	page,
	baseURL
}) => {
	const url = host.page(
		'/themed',
		hostPage(`
			<causeway-timeline id="d" theme="dark" controls="0"></causeway-timeline>
			<causeway-timeline id="l" theme="light" controls="0"></causeway-timeline>
			<script src="${baseURL}/causeway.js"></script>`)
	);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(url);
	const background = (id: string) =>
		page
			.locator(`#${id} div.chart[role="region"]`)
			.evaluate((el) => getComputedStyle(el).backgroundColor);
	await expect(page.locator('#d [data-mark-key]').first()).toBeVisible();
	// Dark: a background far darker than the light one (#111318 against #ffffff).
	await expect.poll(() => background('d')).toBe('rgb(17, 19, 24)');
	await expect.poll(() => background('l')).toBe('rgb(255, 255, 255)');
	await page.locator('#d').evaluate((el) => el.setAttribute('theme', 'light'));
	await expect.poll(() => background('d')).toBe('rgb(255, 255, 255)');
});

test('<causeway-timeline story step> shows the step card, follows its attributes and tells the host', async ({
	page,
	baseURL
}) => {
	const stories = (raw as unknown as { stories: { id: string; steps: { title: string }[] }[] })
		.stories;
	const story = stories[0];
	const url = host.page(
		'/story',
		hostPage(`
			<causeway-timeline id="s" story="${story.id}" step="2" controls="0"></causeway-timeline>
			<script src="${baseURL}/causeway.js"></script>
			<script>
				window.steps = [];
				document.getElementById('s').addEventListener('causeway:step', (e) => window.steps.push(e.detail.step));
			</script>`)
	);
	await page.goto(url);
	const card = page.locator('#s [data-story-card]');
	await expect(card).toHaveAttribute('data-step', '2');
	await expect(card.locator('h2')).toHaveText(story.steps[1].title);
	await page.locator('#s').evaluate((el) => el.setAttribute('step', '5'));
	await expect(card).toHaveAttribute('data-step', '5');
	await card.locator('[data-story-next]').click();
	await expect(card).toHaveAttribute('data-step', '6');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { steps: number[] }).steps.at(-1)))
		.toBe(6);
	await expect(card.locator('a', { hasText: 'Read it as a page' })).toHaveAttribute(
		'href',
		`${baseURL}/stories/${story.id}`
	);
});
