import { expect, test } from '@playwright/test';
import { expectNoInnerScroll, hostPage, useHost } from './support/host-server';
import { tiedTo } from './support/seed';

const ttpEvents = tiedTo('ttp');

const host = useHost();

test('an embedded filtered view shows only its events and sizes itself to its content', async ({
	page,
	baseURL
}) => {
	const url = host.page(
		'/article',
		hostPage(
			`<iframe data-causeway id="tl" src="${baseURL}/embed?actors=ttp&controls=0" title="Timeline" width="100%" height="640" style="border:0"></iframe>
			<script src="${baseURL}/embed.js" async></script><script src="${baseURL}/embed.js" async></script>`
		)
	);
	await page.goto(url);
	const frame = page.frameLocator('#tl');
	await expect(frame.locator('[data-mark-key]').first()).toBeVisible();
	const ids = await frame
		.locator('[data-mark-key]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) expect(ttpEvents.has(id!), `${id} involves the TTP`).toBe(true);
	await expect(frame.locator('[data-result-count]')).toHaveCount(0);

	// The host script sets the iframe's height from the embed's messages: no inner scrollbar.
	const iframe = page.locator('#tl');
	await expect(iframe).not.toHaveAttribute('style', /height: 640px/);
	await expectNoInnerScroll(frame);

	// Opening the list makes the content taller; the iframe follows.
	const before = (await iframe.boundingBox())!.height;
	await frame.locator('details.list > summary').click();
	await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 100);
});

test('a forged resize message from another window changes nothing', async ({ page, baseURL }) => {
	const forger = host.page(
		'/forger',
		// The forgery, then a sentinel: messages from one window arrive in order, so once the
		// host has the sentinel, it has already handled the forgery.
		`<!doctype html><script>parent.postMessage({type:'causeway:resize',height:3333},'*');parent.postMessage({type:'test:done',from:'forger'},'*')</script>`
	);
	const url = host.page(
		'/forged',
		hostPage(
			`<iframe data-causeway id="tl" src="${baseURL}/embed?controls=0" title="Timeline" height="640" style="border:0;width:100%"></iframe>
			<iframe id="evil" title="Other" src="about:blank" style="width:10px;height:10px"></iframe>
			<script src="${baseURL}/embed.js"></script>`
		)
	);
	await page.goto(url);
	const iframe = page.locator('#tl');
	await expect(page.frameLocator('#tl').locator('[data-mark-key]').first()).toBeVisible();
	await expect.poll(async () => (await iframe.boundingBox())!.height).not.toBe(640);
	const settled = (await iframe.boundingBox())!.height;
	await page.evaluate(() => {
		const w = window as unknown as { done: string[] };
		w.done = [];
		addEventListener('message', (e) => {
			if (e.data?.type === 'test:done') w.done.push(e.data.from);
		});
	});
	// From the host page itself, and from another (same-origin) iframe, each with its sentinel.
	await page.evaluate(() => {
		window.postMessage({ type: 'causeway:resize', height: 3333 }, '*');
		window.postMessage({ type: 'test:done', from: 'host' }, '*');
	});
	await page.locator('#evil').evaluate((el, src) => ((el as HTMLIFrameElement).src = src), forger);
	await page.waitForFunction(() => (window as unknown as { done: string[] }).done.length === 2);
	expect((await iframe.boundingBox())!.height).toBe(settled);
});

test('src= with an invalid dataset shows every validation problem', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/fixtures/broken.json',
		(route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({
					events: [
						{ id: 'besham-attack', title: 'Besham', date: '2024-02-30' },
						{ id: 'no-title', date: '2024' }
					]
				})
			})
	);
	await page.goto('/embed?src=/fixtures/broken.json');
	const panel = page.getByRole('alert');
	await expect(panel).toContainText('does not follow the Causeway format: 2 problems');
	await expect(panel).toContainText(
		'broken.json: events[0] (id "besham-attack").date: "2024-02-30" is not a real date: February 2024 has 29 days'
	);
	await expect(panel).toContainText('broken.json: events[1] (id "no-title").title: is required');
	await expect(page.locator('[data-mark-key]')).toHaveCount(0);
});

test('src= that cannot be reached shows a network error', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/fixtures/missing.json',
		(route) => route.abort('connectionrefused')
	);
	await page.goto('/embed?src=/fixtures/missing.json');
	await expect(page.getByRole('alert')).toContainText('could not be reached (network error)');
});

test('src= from another origin is refused unless configured', async ({ page }) => {
	await page.goto('/embed?src=https://evil.example/data.json');
	await expect(page.getByRole('alert')).toContainText(
		'Datasets from https://evil.example are not allowed on this site'
	);
});

test('a valid src= dataset is shown, with where it came from', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/fixtures/tiny.json',
		(route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({
					title: 'A tiny story',
					actors: [{ id: 'a', name: 'Alpha' }],
					events: [
						{ id: 'one', title: 'First thing', date: '2020-01-02', actors: ['a'] },
						{ id: 'two', title: 'Second thing', date: '2020-03', actors: ['a'] }
					],
					links: [{ from: 'one', to: 'two', label: 'led to' }]
				})
			})
	);
	await page.goto('/embed?src=/fixtures/tiny.json&event=two');
	// Both events are loaded and listed; the selected one is drawn (the chart may pan to keep it
	// clear of the details, which can take its cause out of view: an edge stub then points to it).
	const list = page.locator('details', { hasText: 'All 2 events as a list' });
	await list.locator('summary').click();
	await expect(list.locator('[data-list-event-id]')).toHaveCount(2);
	await expect(list.locator('[data-list-event-id="one"]')).toContainText('First thing');
	await expect(page.locator('[data-mark-key="two"]')).toBeVisible();
	await expect(page.locator('[data-embed-title]')).toHaveText('A tiny story');
	await expect(page.locator('footer')).toContainText('/fixtures/tiny.json');
	await expect(page.locator('aside[data-panel]')).toContainText('Second thing');
});

test('the embed dialog snippet, pasted into a blank page, works', async ({ page }) => {
	await page.goto('/?actors=china');
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	const snippet = await dialog.getByLabel('Embed code').inputValue();
	expect(snippet).toContain('loading="lazy"');
	expect(snippet).toContain('title="Timeline: ');
	expect(snippet).toContain('/embed.js');
	expect(snippet).toContain('actors=china');
	await expect(dialog.locator('iframe.preview')).toBeVisible();

	await page.goto(host.page('/pasted', hostPage(snippet)));
	const frame = page.frameLocator('iframe[data-causeway]');
	await expect(frame.locator('[data-mark-key]').first()).toBeVisible();
	await expect.poll(async () => (await page.locator('iframe').boundingBox())!.height).not.toBe(640);
});

test('the host hears selections and can select an event', async ({ page, baseURL }) => {
	const url = host.page(
		'/api',
		hostPage(
			`<iframe data-causeway id="tl" src="${baseURL}/embed?controls=0" title="Timeline" style="border:0;width:100%"></iframe>
			<script src="${baseURL}/embed.js"></script>
			<script>window.heard=[];document.getElementById('tl').addEventListener('causeway:select',function(e){window.heard.push(e.detail.id)});</script>`
		)
	);
	await page.goto(url);
	const frame = page.frameLocator('#tl');
	await frame.locator('[data-mark-key][data-event-id="besham-attack"]').first().click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
		.toContain('besham-attack');
	await page.evaluate(() =>
		(window as unknown as { Causeway: { set: (f: Element, c: object) => void } }).Causeway.set(
			document.getElementById('tl')!,
			{ event: 'joint-statement' }
		)
	);
	await expect(frame.locator('aside[data-panel]')).toContainText(/joint statement/i);
});
