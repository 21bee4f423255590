/**
 * Share cards and identity, against the built site: every prerendered page that has a card
 * names one that exists in build/ at 1200×630, oEmbed carries it as thumbnail, unknown addresses
 * answer 404 with a page that helps, and the favicon, icons and manifest are there.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { seed } from './support/seed';

const BUILD = 'build';
const config = JSON.parse(readFileSync('causeway.config.json', 'utf8')) as { siteOrigin: string };
const origin = process.env.CAUSEWAY_ORIGIN
	? new URL(process.env.CAUSEWAY_ORIGIN).origin
	: config.siteOrigin;

/** Pages whose card is Causeway's own: other datasets' shells and the not-found page. */
const SITE_CARD = new Set(['404.html', 'remote.html', 'embed/remote.html']);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return d.name === '_app' ? [] : htmlFiles(path);
		return d.name.endsWith('.html') ? [relative(BUILD, path)] : [];
	});
}

function meta(html: string, key: string): string | null {
	const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
	return tag
		? tag[1]
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
				.replace(/&amp;/g, '&')
		: null;
}

/** Width and height from the PNG's IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in build/ that an absolute URL on the site's origin names. */
function builtFile(url: string): string {
	expect(url.startsWith(`${origin}/`), `${url} is on ${origin}`).toBe(true);
	return join(BUILD, decodeURIComponent(new URL(url).pathname));
}

test.describe('share cards in the build', () => {
	test('every page with a card names a 1200×630 PNG that exists, with the tags it needs', () => {
		const pages = htmlFiles(BUILD);
		const steps = (seed as unknown as { stories: { steps: unknown[] }[] }).stories.reduce(
			(n, s) => n + s.steps.length + 1,
			0
		);
		// /, /embed, /import, each event, each story and each of its steps, the scrollytelling
		// example, and the three pages with Causeway's own card.
		expect(pages.length).toBe(3 + seed.events.length + steps + 1 + SITE_CARD.size);
		for (const file of pages) {
			const html = readFileSync(join(BUILD, file), 'utf8');
			const image = meta(html, 'og:image');
			expect(image, `${file}: og:image`).not.toBeNull();
			expect(pngSize(builtFile(image!)), `${file}: ${image}`).toEqual({ width: 1200, height: 630 });
			expect(meta(html, 'og:image:width'), file).toBe('1200');
			expect(meta(html, 'og:image:height'), file).toBe('630');
			expect(meta(html, 'og:image:alt'), file).toMatch(/\S/);
			expect(meta(html, 'og:title'), file).toMatch(/\S/);
			expect(meta(html, 'og:description'), file).toMatch(/\S/);
			expect(meta(html, 'og:type'), file).toMatch(/^(website|article)$/);
			// A page's address drops .html; the example is a file, and keeps its name.
			const path = file.startsWith('examples/')
				? `/${file}`
				: `/${file.replace(/(index)?\.html$/, '')}`;
			if (SITE_CARD.has(file)) expect(image, file).toBe(`${origin}/cards/site.png`);
			expect(meta(html, 'og:url'), file).toBe(`${origin}${path}`);
			expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
			expect(meta(html, 'twitter:title'), file).toBe(meta(html, 'og:title'));
			expect(meta(html, 'twitter:description'), file).toBe(meta(html, 'og:description'));
			expect(meta(html, 'twitter:image'), file).toBe(image);
			// One set of tags per page: a page's own tags would make two.
			expect(html.match(/property="og:title"/g), file).toHaveLength(1);
		}
	});

	test('an event page, a step and the timeline have their own cards', () => {
		const card = (file: string) => meta(readFileSync(join(BUILD, file), 'utf8'), 'og:image');
		expect(card('index.html')).toBe(`${origin}/cards/index.png`);
		expect(card('embed.html')).toBe(`${origin}/cards/index.png`);
		expect(card('events/besham-attack.html')).toBe(`${origin}/cards/events/besham-attack.png`);
		expect(card('stories/the-argument/3.html')).toBe(`${origin}/cards/stories/the-argument/3.png`);
	});

	test('oEmbed responses carry the card as their thumbnail', () => {
		const files = [
			...readdirSync(join(BUILD, 'oembed'))
				.filter((f) => f.endsWith('.json'))
				.map((f) => join(BUILD, 'oembed', f)),
			...readdirSync(join(BUILD, 'oembed/events')).map((f) => join(BUILD, 'oembed/events', f))
		];
		expect(files.length).toBe(1 + seed.events.length);
		for (const file of files) {
			const o = JSON.parse(readFileSync(file, 'utf8'));
			expect([o.thumbnail_width, o.thumbnail_height], file).toEqual([1200, 630]);
			expect(pngSize(builtFile(o.thumbnail_url)), file).toEqual({ width: 1200, height: 630 });
		}
	});
});

test.describe('identity', () => {
	test('the favicon is an SVG that exists, and the manifest parses with icons that exist', async ({
		page,
		request
	}) => {
		await page.goto('/events/besham-attack');
		const icon = await page.locator('link[rel="icon"]').getAttribute('href');
		expect(icon).toMatch(/\.svg$/);
		const svg = await request.get(new URL(icon!, page.url()).href);
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toBe('image/svg+xml');
		expect(await svg.text()).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);

		const themes = page.locator('meta[name="theme-color"]');
		await expect(themes).toHaveCount(2);
		await expect(themes.nth(1)).toHaveAttribute('media', '(prefers-color-scheme: dark)');

		const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
		expect(pngSize(join(BUILD, new URL(touch!, page.url()).pathname))).toEqual({
			width: 180,
			height: 180
		});

		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const res = await request.get(new URL(href!, page.url()).href);
		expect(res.headers()['content-type']).toBe('application/manifest+json');
		const manifest = JSON.parse(await res.text());
		expect(manifest).toMatchObject({
			name: 'Causeway',
			short_name: 'Causeway',
			display: 'standalone'
		});
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
		for (const i of manifest.icons as { src: string; sizes: string }[]) {
			const [w, h] = i.sizes.split('x').map(Number);
			expect(existsSync(join(BUILD, i.src)), i.src).toBe(true);
			expect(pngSize(join(BUILD, i.src)), i.src).toEqual({ width: w, height: h });
		}
	});
});

test.describe('not found', () => {
	test.use({ javaScriptEnabled: false });

	test('an unknown address answers 404 with a page that says so and offers the ways on', async ({
		page
	}) => {
		const res = await page.goto('/events/no-such-event/deeper');
		expect(res?.status()).toBe(404);
		await expect(page).toHaveTitle('Page not found · Causeway');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'There is no page at this address'
		);
		// The site bar, styled even this deep (the page's paths are made root-absolute).
		await expect(page.getByRole('banner').getByRole('link', { name: 'Causeway' })).toHaveAttribute(
			'href',
			'/'
		);
		await expect(page.locator('main')).toHaveCSS('max-width', '768px');

		const ways = page.locator('ul.ways');
		await expect(ways.getByRole('link', { name: 'The timeline' })).toHaveAttribute('href', '/');
		await expect(ways.getByRole('link', { name: 'The list of events' })).toHaveAttribute(
			'href',
			'#events'
		);
		await expect(ways.getByRole('link', { name: 'Stories' })).toHaveAttribute('href', '#stories');
		await expect(ways.getByRole('link', { name: 'Bring your data' })).toHaveAttribute(
			'href',
			'/import'
		);
		await expect(page.locator('#events + ol > li')).toHaveCount(seed.events.length);

		const besham = seed.events.find((e) => e.id === 'besham-attack')!;
		await page
			.locator('#events + ol')
			.getByRole('link', { name: besham.title, exact: true })
			.click();
		await expect(page).toHaveURL(/\/events\/besham-attack$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(besham.title);
	});

	test('the not-found page itself answers 404', async ({ request }) => {
		expect((await request.get('/404')).status()).toBe(404);
		expect((await request.get('/cards/nothing.png')).status()).toBe(404);
	});
});
