import { expect, test } from '@playwright/test';
import { hostPage, useHost } from './support/host-server';

const host = useHost();

test('the embed runs on one library-built script and one stylesheet, not the site’s router', async ({
	page
}) => {
	const scripts: string[] = [];
	const styles: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (r.resourceType() === 'script') scripts.push(path);
		if (r.resourceType() === 'stylesheet') styles.push(path);
	});
	await page.goto('/embed?controls=1');
	await page.locator('[data-mark-key][data-event-id="besham-attack"]').first().click();
	await expect(page.locator('aside[data-panel]')).toContainText(/Besham/);
	expect(scripts.length).toBeGreaterThan(0);
	for (const path of scripts)
		expect(path, 'a script of the library build').toMatch(/^\/_causeway\//);
	expect(styles, 'one stylesheet').toEqual(['/_causeway/causeway.css']);
	// The taken-over page keeps one of each head tag: it is not indexed, and has its title.
	await expect(page.locator('head meta[name="robots"]')).toHaveCount(1);
	await expect(page.locator('head title')).toHaveCount(1);
	await expect(page).toHaveTitle(/ · Causeway$/);
});

for (const [what, path, data] of [
	['the site’s own dataset', '/embed', /^\/embed\/[^/]+\.json$/],
	['a dataset by src=', '/embed?src=/fixtures/early.json&controls=0', /^\/fixtures\/early\.json$/]
] as const) {
	test(`the embed asks for ${what} and every module it starts with at once, not one after another`, async ({
		page
	}) => {
		await page.route('/fixtures/early.json', (route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({
					title: 'Early',
					events: [{ id: 'early-one', title: 'Asked for at once', date: '2024-06-08' }]
				})
			})
		);
		// The entry and the modules it imports run first; the app's modules are held until the data
		// has been asked for (or 10 s have passed): a page that asks only once its app runs is late.
		const entry = await (await page.request.get('/_causeway/embed.js')).text();
		const first = new Set(
			[...entry.matchAll(/from\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => `/_causeway/${m[1]}`)
		);
		first.add('/_causeway/embed.js');
		let askedForData!: () => void;
		const dataAsked = new Promise<void>((resolve) => (askedForData = resolve));
		let askedWhileHeld = false;
		const requested: string[] = [];
		page.on('request', (r) => {
			const { pathname } = new URL(r.url());
			if (r.resourceType() === 'script') requested.push(pathname);
			if (data.test(pathname)) askedForData();
		});
		await page.route(/\/_causeway\/[^/]+\.js$/, async (route) => {
			if (first.has(new URL(route.request().url()).pathname)) return route.continue();
			const held = await Promise.race([
				dataAsked.then(() => true),
				new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))
			]);
			if (held) askedWhileHeld = true;
			await route.continue();
		});
		await page.goto(path);
		await expect(page.locator('[data-mark-key]').first()).toBeVisible({ timeout: 20_000 });
		expect(askedWhileHeld, 'the data was asked for before the app’s modules arrived').toBe(true);
		// Every module the page started with was named in its HTML, so none waited for another.
		const preloaded = await page
			.locator('link[rel="modulepreload"]')
			.evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
		const started = requested.filter((p) => p !== '/_causeway/embed.js');
		expect(started.length).toBeGreaterThan(0);
		for (const p of started) expect(preloaded, `${p} is preloaded`).toContain(p);
	});
}

test('every component the embed shows is styled, the lazily loaded ones too', async ({ page }) => {
	await page.goto('/embed');
	await page.locator('[data-mark-key][data-event-id="besham-attack"]').first().click();
	await expect(page.locator('aside[data-panel]')).toBeVisible();
	await page.locator('details.list > summary').click();
	const unstyled = await page.evaluate(() => {
		const selectors: string[] = [];
		const walk = (rules: CSSRuleList) => {
			for (const rule of Array.from(rules)) {
				if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
				if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
			}
		};
		for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
		const all = selectors.join(' ');
		const scoped = new Set<string>();
		for (const el of Array.from(document.querySelectorAll('[class*="svelte-"]'))) {
			for (const c of Array.from(el.classList)) if (c.startsWith('svelte-')) scoped.add(c);
		}
		return { count: scoped.size, missing: [...scoped].filter((c) => !all.includes(c)) };
	});
	expect(unstyled.count).toBeGreaterThan(5);
	expect(unstyled.missing, 'scoped classes without a rule').toEqual([]);
});

test('in an iframe sandboxed to allow-scripts allow-popups the embed works', async ({
	page,
	baseURL
}) => {
	const url = host.page(
		'/sandboxed',
		hostPage(
			`<iframe id="tl" sandbox="allow-scripts allow-popups" src="${baseURL}/embed" title="Timeline" style="border:0;width:100%;height:900px"></iframe>`
		)
	);
	const errors: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
	});
	page.on('console', (m) => {
		// The embed's own errors (the host page's missing favicon is not the embed's).
		if (m.type() === 'error' && m.location().url.startsWith(baseURL!)) errors.push(m.text());
	});
	await page.goto(url);
	const frame = page.frameLocator('#tl');
	// Interactive, not only prerendered: an event opens its details, the search filters.
	await frame.locator('[data-mark-key][data-event-id="besham-attack"]').first().click();
	await expect(frame.locator('aside[data-panel]')).toContainText(/Besham/);
	await frame.locator('#filter-q').fill('Besham');
	await expect(frame.locator('[data-result-count]')).toContainText(/of 59 events/);
	const full = frame.getByRole('link', { name: 'Open the full timeline ↗' });
	await expect(full).toHaveAttribute('target', '_blank');
	await expect(full).toHaveAttribute('rel', /noopener/);
	expect(errors, 'console errors').toEqual([]);
});

test('an embed of another dataset folds its list until the reader opens it', async ({ page }) => {
	await page.goto('/embed?src=/data/azm-e-istehkam.json');
	await expect(page.locator('[data-mark-key]').first()).toBeVisible();
	const list = page.locator('details.list');
	await expect(list).not.toHaveAttribute('open');
	await expect(list.locator('li')).toHaveCount(0);
	await list.locator('summary').click();
	await expect(list.locator('li').first()).toBeVisible();
	expect(await list.locator('li').count()).toBeGreaterThan(10);
});

test('the list and the filter choices load when first used, and then work', async ({ page }) => {
	const chunks: string[] = [];
	page.on('request', (r) => {
		const name = new URL(r.url()).pathname.split('/').pop() ?? '';
		if (r.resourceType() === 'script') chunks.push(name.replace(/-[\w-]+\.js$/, ''));
	});
	await page.goto('/embed?controls=1');
	await expect(page.locator('[data-mark-key]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	// Until used, none of them is fetched: the page pays only for what the reader sees.
	for (const part of ['EventList', 'ActorsPanel', 'KindsPanel'])
		expect(chunks, `${part} not fetched before use`).not.toContain(part);

	const actors = page.locator('details:has(> summary:has-text("Actors"))');
	await actors.locator('> summary').click();
	await actors.locator('input[type="checkbox"][value="ttp"]').check();
	await expect(page.locator('[data-result-count]')).toContainText(/ of 59 events/);
	expect(chunks).toContain('ActorsPanel');
	// A press outside an open popover only closes it: close it first.
	await page.keyboard.press('Escape');
	await expect(actors).not.toHaveAttribute('open');

	const list = page.locator('details.list');
	await list.locator('summary').click();
	await expect(list.locator('[data-list-event-id]').first()).toBeVisible();
	// The list follows the filter, as on the site.
	await expect(list.locator('[data-list-event-id]')).toHaveCount(
		Number((await page.locator('[data-result-count]').innerText()).match(/^\d+/)?.[0])
	);
	expect(chunks).toContain('EventList');
});
