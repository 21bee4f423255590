import { expect, test } from '@playwright/test';
import { hostPage, useHost } from './support/host-server';
import { seed, tiedTo } from './support/seed';

const { title, stories } = seed as unknown as {
	title: string;
	description: string;
	stories: { id: string; title: string; steps: unknown[] }[];
};
const total = seed.events.length;
const ttpName = seed.actors.find((a) => a.id === 'ttp')!.name;
const chinaName = seed.actors.find((a) => a.id === 'china')!.name;
const diplomacy = seed.events.filter((e) => e.kind === 'diplomacy').length;

const host = useHost();

test('a controls=0 embed filtered to the TTP says what it shows, and where it comes from', async ({
	page
}) => {
	await page.goto('/embed?actors=ttp&controls=0');
	await expect(page.locator('[data-embed-caption]')).toHaveText(
		`Events involving ${ttpName} · ${tiedTo('ttp').size} of ${total} events`
	);
	await expect(page.locator('[data-embed-title]')).toHaveText(title);
	await expect(page.locator('#filter-q')).toHaveCount(0);
	const source = page.locator('[data-embed-source]');
	await expect(source).toContainText(`Source: ${title} · Open the full timeline ↗`);
	await expect(source.getByRole('link', { name: 'Open the full timeline ↗' })).toHaveAttribute(
		'href',
		'/?actors=ttp'
	);
	// The whole timeline has no caption to give.
	await page.goto('/embed?controls=0');
	await expect(page.locator('[data-mark-key]').first()).toBeVisible();
	await expect(page.locator('[data-embed-caption]')).toHaveCount(0);
});

test('a story embed names the story and its step; the publisher’s own text replaces the title', async ({
	page
}) => {
	const story = stories[0];
	await page.goto(`/embed?story=${story.id}&step=3&controls=0&caption=As+we+reported+it`);
	await expect(page.locator('[data-embed-caption]')).toHaveText(
		`Story: ${story.title}, step 3 of ${story.steps.length}`
	);
	await expect(page.locator('[data-embed-title]')).toHaveText('As we reported it');
	await page.goto('/embed?headline=0&description=1&kinds=diplomacy');
	await expect(page.locator('[data-embed-title]')).toHaveCount(0);
	await expect(page.locator('.embed-head .description')).toBeVisible();
	await expect(page.locator('[data-embed-caption]')).toHaveText(
		`Diplomatic events · ${diplomacy} of ${total} events`
	);
});

test('the Embed dialog’s options change the snippet and the live preview', async ({ page }) => {
	// Each change reloads the preview: a dozen page loads.
	test.setTimeout(90_000);
	await page.goto('/?actors=china');
	await expect(page.locator('[data-mark-key]').first()).toBeVisible();
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	const code = dialog.getByLabel('Embed code');
	const preview = dialog.locator('iframe.preview');
	const frame = page.frameLocator('.embed-dialog iframe.preview');
	await expect(frame.locator('[data-embed-caption]')).toHaveText(
		`Events involving ${chinaName} · ${tiedTo('china').size} of ${total} events`
	);
	await expect(frame.locator('[data-embed-title]')).toHaveText(title);

	await dialog.getByLabel('Headline (the dataset’s title)').uncheck();
	await expect(code).toHaveValue(/headline=0/);
	await expect(preview).toHaveAttribute('src', /headline=0/);
	await expect(frame.locator('[data-mark-key]').first()).toBeVisible();
	await expect(frame.locator('[data-embed-title]')).toHaveCount(0);

	await dialog.getByLabel('Your own text, in place of the headline').fill('China’s side of it');
	await expect(code).toHaveValue(/caption=China%E2%80%99s\+side\+of\+it/);
	await expect(frame.locator('[data-embed-title]')).toHaveText('China’s side of it');

	await dialog.getByLabel('Description').check();
	await expect(code).toHaveValue(/description=1/);
	await expect(frame.locator('.embed-head .description')).toBeVisible();

	await dialog.getByLabel('Theme').selectOption('dark');
	await expect(code).toHaveValue(/theme=dark/);
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');

	await dialog.getByLabel('Show the filter controls').uncheck();
	await expect(code).toHaveValue(/controls=0/);
	await expect(frame.locator('[data-mark-key]').first()).toBeVisible();
	await expect(frame.locator('#filter-q')).toHaveCount(0);
	// The caption stays: a controls=0 embed still says what it shows.
	await expect(frame.locator('[data-embed-caption]')).toContainText(chinaName);

	await expect(code).toHaveValue(/data-causeway[\s\S]*embed\.js/);
	await dialog.getByLabel('Fixed:').check();
	await dialog.getByLabel('Height in pixels').fill('480');
	await expect(code).toHaveValue(/height="480"/);
	await expect(code).toHaveValue(/height=480/);
	await expect(code).not.toHaveValue(/embed\.js/);
	await expect.poll(async () => (await preview.boundingBox())?.height).toBe(480);

	await dialog.getByLabel(/A web component/).check();
	await expect(code).toHaveValue(/^<causeway-timeline actors="china" theme="dark" controls="0"/);
	await expect(code).toHaveValue(
		/><a href="[^"]+\/\?actors=china&amp;theme=dark">See the timeline: /
	);
	await expect(code).toHaveValue(/causeway\.js/);
});

test('two web components on one page show their own captions, a folded key and a source line', async ({
	page,
	baseURL
}) => {
	const url = host.page(
		'/captions',
		hostPage(`
			<causeway-timeline id="a" actors="ttp" controls="0"></causeway-timeline>
			<causeway-timeline id="b" kinds="diplomacy" caption="Diplomacy, in our words"></causeway-timeline>
			<script src="${baseURL}/causeway.js"></script>`)
	);
	await page.goto(url);
	const a = page.locator('#a');
	const b = page.locator('#b');
	await expect(a.locator('[data-embed-caption]')).toHaveText(
		`Events involving ${ttpName} · ${tiedTo('ttp').size} of ${total} events`
	);
	await expect(b.locator('[data-embed-caption]')).toHaveText(
		`Diplomatic events · ${diplomacy} of ${total} events`
	);
	await expect(a.locator('[data-embed-title]')).toHaveText(title);
	await expect(b.locator('[data-embed-title]')).toHaveText('Diplomacy, in our words');
	for (const el of [a, b]) {
		await expect(el.locator('[data-embed-source]')).toContainText(`Source: ${title}`);
		await expect(el.locator('[data-embed-source]')).not.toContainText('Data:');
		// The key is folded to one line until asked for.
		await expect(el.locator('[data-legend-key]')).toBeVisible();
		await expect(el.locator('.legend')).toHaveCount(0);
	}
	await expect(a.getByRole('link', { name: 'Open the full timeline ↗' })).toHaveAttribute(
		'href',
		`${baseURL}/?actors=ttp`
	);
	await a.locator('[data-legend-key] summary').click();
	await expect(a.locator('.legend')).toBeVisible();
	await expect(b.locator('.legend')).toHaveCount(0);
});

test('a web component whose data or script cannot load shows its fallback, not a hole', async ({
	page,
	baseURL
}) => {
	const url = host.page(
		'/fallback',
		hostPage(`
			<causeway-timeline id="f" src="${host.origin}/missing.json"><a href="${baseURL}/">See the timeline</a></causeway-timeline>
			<script src="${baseURL}/causeway.js"></script>`)
	);
	await page.goto(url);
	const f = page.locator('#f');
	await expect(f.locator('[data-load-error]')).toContainText('This timeline could not be loaded');
	await expect(f.locator('[data-load-error]').getByRole('link')).toHaveAttribute(
		'href',
		`${host.origin}/missing.json`
	);
	// The publisher's own link, slotted in, and the way to the full timeline.
	await expect(f.getByRole('link', { name: 'See the timeline' })).toBeVisible();
	await expect(f.getByRole('link', { name: 'Open the full timeline ↗' })).toBeVisible();
	expect((await f.boundingBox())!.height).toBeGreaterThan(100);

	// No script at all: the element's children are what the reader sees.
	const noScript = host.page(
		'/no-script',
		hostPage(`
			<causeway-timeline id="n"><a href="${baseURL}/">See the timeline</a></causeway-timeline>
			<script src="${baseURL}/no-such-script.js"></script>`)
	);
	await page.goto(noScript);
	await expect(page.locator('#n').getByRole('link', { name: 'See the timeline' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/ shows the content and no control that needs a script', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-mark-key]').first()).toBeVisible();
		for (const dead of [
			page.locator('#filter-q'),
			page.getByRole('button', { name: 'Actors', exact: true }),
			page.getByRole('button', { name: 'Zoom in' }),
			page.getByRole('button', { name: 'Export' }),
			page.getByRole('button', { name: 'Embed' }),
			page.getByRole('radiogroup', { name: 'Colour theme' }),
			page.getByRole('toolbar', { name: 'Timeline controls' })
		]) {
			await expect(dead).toBeHidden();
		}
		// The list carries the content, each event a link to its page.
		const links = page.locator('main a[href*="/events/"]');
		expect(await links.count()).toBeGreaterThanOrEqual(total);
	});

	test('/embed shows its content full width and no dead controls', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto('/embed?actors=ttp&controls=0');
		await expect(page.locator('#filter-q')).toBeHidden();
		await expect(page.getByRole('toolbar', { name: 'Timeline controls' })).toBeHidden();
		const frame = (await page.locator('div.chart[role="region"]').boundingBox())!;
		const chart = (await page.locator('svg.chart-svg').boundingBox())!;
		expect(chart.width).toBeGreaterThan(frame.width - 4);
		await expect(page.locator('[data-embed-source]')).toContainText(`Source: ${title}`);
	});
});
