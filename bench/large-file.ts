/**
 * `npm run bench:large`: the large-file budgets of issue 14, measured on the built site
 * (`npm run build` first) in headless Chromium, medians of `--runs` (default 3):
 *   - a 50,000-event file with summaries (~12 MB) by `/?src=`: first marks, and the longest
 *     main-thread task from navigation to marks (budgets: 2 s, 200 ms);
 *   - the same file: an actor filter's click to the page's answer (its count drawn) and the
 *     longest task until the chart and the list have followed (budget: 100 ms), and to the
 *     chart redrawn;
 *   - a 30,000-step chain: from selecting its head to its details drawn, and the longest task.
 * Prints one line per figure; writes nothing else. The datasets go to bench/out/ (ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BenchBrowser } from './browser.ts';
import { measureFilter } from './filter.ts';
import { DEFAULT_SEED, EVENT_ID_PREFIX, generateDataset } from './generate.ts';
import { instrument, longTasksSoFar } from './instrument.ts';
import { benchPaths, startServer } from './server.ts';
import { median } from './stats.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const paths = benchPaths(process.cwd());
mkdirSync(paths.out, { recursive: true });
const large = JSON.stringify(generateDataset(50_000, DEFAULT_SEED, { summaries: true }));
writeFileSync(`${paths.out}/large-50000.json`, large);
const day = (i: number) =>
	new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const steps = Array.from({ length: 30_000 }, (_, i) => ({
	id: `${EVENT_ID_PREFIX}${String(i).padStart(5, '0')}`,
	title: `Step ${i + 1} of the chain`,
	date: day(i)
}));
const chain = {
	id: 'chain-30000',
	title: 'A 30,000-step chain',
	events: steps,
	links: steps.slice(1).map((e, i) => ({ from: steps[i].id, to: e.id, label: 'led to' }))
};
writeFileSync(`${paths.out}/chain-30000.json`, JSON.stringify(chain));

const SELECTOR = `[data-event-id^="${EVENT_ID_PREFIX}"]`;

/** When the first events were drawn (the frame after they appeared, painted), page clock. */
async function firstMarks(page: Page): Promise<number> {
	const handle = await page.waitForFunction(() => window.__bench?.first, null, {
		timeout: 120_000
	});
	return (await handle.jsonValue()) as number;
}

/** The longest task that started at or after `from` (page clock). */
async function longest(page: Page, from = 0): Promise<number> {
	const { tasks } = await page.evaluate(longTasksSoFar);
	return Math.max(0, ...tasks.filter((t) => t.start >= from).map((t) => t.duration));
}

const verdict = (value: number, limit: number) => (value <= limit ? 'met' : 'missed');

const server = await startServer(paths);
const browser = await BenchBrowser.launch();
const loads: { marks: number; task: number }[] = [];
const filters: { ms: number; chart: number; task: number }[] = [];
const actor = generateDataset(1, DEFAULT_SEED).actors[0].id;
const filterOptions = {
	selectors: { causeway: SELECTOR, vis: '', tl: '' },
	filterPath: '/',
	loadCapMs: 120_000
};
const opens: { ms: number; task: number }[] = [];
/** A fresh context with the bench's watcher, at `path`, once its first events are drawn. */
async function open(path: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(instrument, SELECTOR);
	await page.goto(`${server.origin}${path}`);
	return { context, page, marks: await firstMarks(page) };
}
try {
	for (let r = 0; r < runs; r++) {
		const large = await open('/?src=/bench-data/large-50000.json');
		loads.push({ marks: large.marks, task: await longest(large.page) });
		await browser.dispose(large.context);

		const url = `${server.origin}/?src=/bench-data/large-50000.json`;
		const f = await measureFilter(browser, filterOptions, 50_000, r, url, actor);
		if (f.ms === null || f.chartMs === null || f.longestTaskMs === null) {
			throw new Error(`filter: ${f.note ?? 'the chart did not change'}`);
		}
		// The frame that draws the count: its task after may be the chart's packing, so its start.
		filters.push({ ms: f.rafMs ?? f.ms, chart: f.chartMs, task: f.longestTaskMs });

		const { context, page } = await open('/?src=/bench-data/chain-30000.json');
		await page.locator('[data-load-status]').waitFor({ state: 'detached' });
		const t0 = await page.evaluate(() => performance.now());
		// Select the chain's head as a history step does (the URL names it; the page follows).
		await page.evaluate((head) => {
			const url = new URL(location.href);
			url.searchParams.set('event', head);
			history.pushState(null, '', url);
			dispatchEvent(new PopStateEvent('popstate'));
		}, steps[0].id);
		await page.locator('aside[data-panel] [data-tree]').first().waitFor();
		const t1 = await page.evaluate(() => performance.now());
		opens.push({ ms: t1 - t0, task: await longest(page, t0) });
		await browser.dispose(context);
	}
} finally {
	await browser.close();
	await server.close();
}

const mb = (large.length / 1024 / 1024).toFixed(1);
const marks = median(loads.map((l) => l.marks))!;
const loadTask = median(loads.map((l) => l.task))!;
const filtered = median(filters.map((f) => f.ms))!;
const filterTask = median(filters.map((f) => f.task))!;
const filterChart = median(filters.map((f) => f.chart))!;
const opened = median(opens.map((o) => o.ms))!;
const openTask = median(opens.map((o) => o.task))!;
console.log(`Large files, medians of ${runs} run(s) (bench/large-file.ts):`);
console.log(
	`  50,000 events with summaries (${mb} MB): first marks ${Math.round(marks)} ms (budget 2000 ms: ${verdict(marks, 2000)})`
);
console.log(
	`  50,000 events with summaries: longest task to first marks ${Math.round(loadTask)} ms (budget 200 ms: ${verdict(loadTask, 200)})`
);
const task = (ms: number) =>
	ms === 0 ? 'no task over 50 ms' : `longest task ${Math.round(ms)} ms`;
console.log(
	`  50,000 events with summaries: filter by actor: the page answers ${Math.round(filtered)} ms after the click (the frame with its count), ${task(filterTask)} (budget 100 ms: ${verdict(Math.max(filtered, filterTask), 100)}); the chart redrawn ${Math.round(filterChart)} ms after it`
);
console.log(
	`  30,000-step chain: its head selected → details drawn ${Math.round(opened)} ms, longest task ${Math.round(openTask)} ms (budget 200 ms: ${verdict(openTask, 200)})`
);
