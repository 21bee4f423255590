/**
 * A chart too tall for the screen, its marks on a canvas that paints only the rows in view
 * (issue 16: a zoom rasters what the reader sees, not the whole chart). What a reader notices:
 * wherever the page is scrolled, the rows on screen are drawn and the pointer finds the mark it
 * is on; a picture of the chart still holds every mark, those off screen too.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SEED, generateDataset } from '../bench/generate';

test.use({ viewport: { width: 1440, height: 900 } });

const body = JSON.stringify(generateDataset(10_000, DEFAULT_SEED));

async function openTall(page: Page) {
	await page.route(
		(url) => url.pathname === '/fixtures/tall.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	await page.goto('/?src=/fixtures/tall.json');
	await expect(page.locator('[data-load-status]')).toHaveCount(0, { timeout: 30_000 });
	await expect(page.locator('[data-canvas-painted]')).toBeAttached({ timeout: 30_000 });
}

/**
 * A painted pixel of the canvas within a row's height (24 px) of the viewport row `y` (page px):
 * its point, or null when there is none (or no canvas there).
 */
function paintedNear(page: Page, y: number) {
	return page.evaluate((y) => {
		const canvas = document.querySelector<HTMLCanvasElement>('.marks-canvas')!;
		const r = canvas.getBoundingClientRect();
		const top = Math.max(r.top, y - 12);
		const bottom = Math.min(r.bottom, y + 12);
		if (bottom <= top) return null;
		const ratio = canvas.width / r.width;
		const y0 = Math.floor((top - r.top) * ratio);
		const rows = Math.max(1, Math.floor((bottom - top) * ratio));
		const data = canvas.getContext('2d')!.getImageData(0, y0, canvas.width, rows).data;
		for (let i = 3; i < data.length; i += 4) {
			if (data[i] === 0) continue;
			const pixel = (i - 3) / 4;
			return {
				x: r.left + (pixel % canvas.width) / ratio,
				y: r.top + (y0 + Math.floor(pixel / canvas.width)) / ratio
			};
		}
		return null;
	}, y);
}

/** The chart's box in the viewport (page px): the canvas's plot sits at its top. */
const chartBox = (page: Page) =>
	page.locator('.canvas-plot').evaluate((el) => {
		const r = el.parentElement!.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, height: r.height };
	});

/** The chart's part of the viewport, top and bottom (page px). */
async function chartInView(page: Page) {
	const box = await chartBox(page);
	return { top: Math.max(0, box.top), bottom: Math.min(page.viewportSize()!.height, box.bottom) };
}

test('scrolled anywhere, the rows on screen are drawn and the pointer finds the mark it is on', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openTall(page);
	expect((await chartBox(page)).height).toBeGreaterThan(1.5 * 900);
	for (const scroll of [0, 700, 1400]) {
		await page.evaluate((y) => window.scrollTo(0, y), scroll);
		// Rows near the top, middle and bottom of what shows are painted (after the scroll's frame).
		const view = await chartInView(page);
		for (const y of [view.top + 80, (view.top + view.bottom) / 2, view.bottom - 60]) {
			await expect
				.poll(() => paintedNear(page, y), { message: `a painted row near y = ${y}` })
				.not.toBeNull();
		}
		// The pointer on a painted pixel picks the mark drawn there: the overlay redraws it under it.
		const { x, y } = (await paintedNear(page, (view.top + view.bottom) / 2))!;
		await page.mouse.move(x + 0.5, y + 0.5);
		const hovered = page.locator('svg.overlay g[data-mark-key]', {
			has: page.locator('text')
		});
		await expect
			.poll(async () => {
				const boxes = await hovered.evaluateAll((els) =>
					els.map((el) => el.getBoundingClientRect()).map((r) => [r.top, r.bottom])
				);
				return boxes.some(([top, bottom]) => top - 6 <= y && y <= bottom + 6);
			})
			.toBe(true);
	}
});

test('a picture of a tall chart holds the marks that are off screen', async ({ page }) => {
	test.setTimeout(90_000);
	await openTall(page);
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.getByRole('button', { name: 'Export' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('menuitem', { name: 'Picture (SVG)', exact: true }).click()
	]);
	const svg = await (await download.createReadStream()).toArray();
	const text = Buffer.concat(svg).toString('utf8');
	const chartHeight = (await chartBox(page)).height;
	// The canvas's image in the picture is the whole chart, and its last rows are painted.
	const bottomPainted = await page.evaluate(async (text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const image = [...doc.querySelectorAll('image')].find((i) =>
			(i.getAttribute('href') ?? '').startsWith('data:image/png')
		)!;
		const img = new Image();
		img.src = image.getAttribute('href')!;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.naturalWidth;
		c.height = img.naturalHeight;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const rows = Math.round(c.height * 0.1);
		const data = ctx.getImageData(0, c.height - rows - 40, c.width, rows).data;
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
		return { height: Number(image.getAttribute('height')), painted };
	}, text);
	expect(bottomPainted.height).toBeGreaterThan(chartHeight - 120);
	expect(bottomPainted.painted).toBeGreaterThan(100);
});
