/**
 * The scrollytelling example on a host page served from another origin: scrolled paragraph by
 * paragraph, it moves the embedded story step by step (the host hears `causeway:step`); the host
 * moves it with `causeway:set`; the iframe keeps its auto-height.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoInnerScroll, useHost } from './support/host-server';
import { seed } from './support/seed';

const story = (seed as unknown as { stories: { id: string; steps: { title: string }[] }[] })
	.stories[0];
const N = story.steps.length;

const host = useHost();

type Heard = { story: string | null; step: number | null; total: number | null; title: string };
const heard = (page: Page) =>
	page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.map((m) => m.step));

test('the example article drives the embedded story as its paragraphs scroll into view', async ({
	page,
	request,
	baseURL
}) => {
	test.setTimeout(120_000);
	const example = await (await request.get('/examples/scrollytelling.html')).text();
	// The same page, served from the host's origin: its relative URLs point back at Causeway.
	const recorder = `<base href="${baseURL}/"><script>window.heard=[];addEventListener('message',function(e){if(e.data&&e.data.type==='causeway:step')heard.push(e.data)})</script>`;
	const url = host.page('/article', example.replace('<head>', `<head>${recorder}`));
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(url);

	const iframe = page.locator('iframe[data-causeway]');
	const frame = page.frameLocator('iframe[data-causeway]');
	const card = frame.locator('[data-story-card]');
	await expect(card).toHaveAttribute('data-step', '1');

	for (let n = 1; n <= N; n++) {
		await page
			.locator(`[data-scrolly-step="${n}"]`)
			.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		await expect(card, `paragraph ${n}`).toHaveAttribute('data-step', String(n));
		await expect(card.locator('h2')).toHaveText(story.steps[n - 1].title);
		await expect.poll(async () => (await heard(page)).at(-1)).toBe(n);
		await expect(page.locator(`[data-scrolly-step="${n}"]`)).toHaveClass(/active/);
	}
	const messages = await page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
	expect(messages.at(-1)).toMatchObject({ story: story.id, step: N, total: N });
	// Step by step: every step was heard, in order.
	const steps = [...new Set(messages.map((m) => m.step))];
	expect(steps).toEqual(Array.from({ length: N }, (_, i) => i + 1));

	// The host page sets the step itself.
	await page.evaluate(() =>
		(window as unknown as { Causeway: { set(f: Element, c: object): void } }).Causeway.set(
			document.querySelector('iframe[data-causeway]')!,
			{ step: 3 }
		)
	);
	await expect(card).toHaveAttribute('data-step', '3');
	await expect.poll(async () => (await heard(page)).at(-1)).toBe(3);

	// Auto-height: the iframe is as tall as its content, so it has no scrollbar of its own.
	await expect.poll(async () => (await iframe.boundingBox())!.height).not.toBe(600);
	await expectNoInnerScroll(frame);
	// The reader's own steps inside the embed never pile up in the host page's history.
	expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
});
