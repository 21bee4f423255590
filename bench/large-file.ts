/**
 * `npm run bench:large`: the large-file budgets of issue 14, measured on the built site
 * (`npm run build` first) in headless Chromium, medians of `--runs` (default 3):
 *   - a 50,000-event file with summaries (~12 MB) by `/?src=`: first marks, and the longest
 *     main-thread task from navigation to marks (budgets: 2 s, 200 ms);
 *   - a 30,000-step chain: from selecting its head to its details drawn, and the longest task.
 * Prints one line per figure; writes nothing else. The datasets go to bench/out/ (ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { DEFAULT_SEED, generateDataset } from './generate.ts';
import { benchPaths, startServer } from './server.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const paths = benchPaths(process.cwd());
mkdirSync(paths.out, { recursive: true });
const large = JSON.stringify(generateDataset(50_000, DEFAULT_SEED, { summaries: true }));
writeFileSync(`${paths.out}/large-50000.json`, large);
const day = (i: number) =>
	new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const steps = Array.from({ length: 30_000 }, (_, i) => ({
	id: `evt-${String(i).padStart(5, '0')}`,
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

/** Records long tasks from the first script on; `__marks` is when an event was first drawn. */
function instrument() {
	const w = window as unknown as { __tasks: number[][]; __marks?: number };
	w.__tasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	const poll = setInterval(() => {
		if (!document.querySelector('[data-event-id^="evt-"]')) return;
		w.__marks = performance.now();
		clearInterval(poll);
	}, 5);
}

const longest = (page: Page, from = 0) =>
	page.evaluate(
		(t0) =>
			Math.max(
				0,
				...(window as unknown as { __tasks: number[][] }).__tasks
					.filter(([start]) => start >= t0)
					.map(([, d]) => d)
			),
		from
	);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (value: number, limit: number) => (value <= limit ? 'met' : 'missed');

const server = await startServer(paths);
const browser = await chromium.launch(chromiumLaunchOptions());
const loads: { marks: number; task: number }[] = [];
const opens: { ms: number; task: number }[] = [];
try {
	for (let r = 0; r < runs; r++) {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.addInitScript(instrument);
		await page.goto(`${server.origin}/?src=/bench-data/large-50000.json`);
		await page.waitForFunction(() => (window as { __marks?: number }).__marks, null, {
			timeout: 120_000
		});
		const marks = await page.evaluate(() => (window as { __marks?: number }).__marks!);
		loads.push({ marks, task: await longest(page) });
		await page.close();

		const chainPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await chainPage.addInitScript(instrument);
		await chainPage.goto(`${server.origin}/?src=/bench-data/chain-30000.json`);
		await chainPage.waitForFunction(() => (window as { __marks?: number }).__marks, null, {
			timeout: 120_000
		});
		await chainPage.locator('[data-load-status]').waitFor({ state: 'detached' });
		const t0 = await chainPage.evaluate(() => performance.now());
		// Select the chain's head as a history step does (the URL names it; the page follows).
		await chainPage.evaluate(() => {
			const url = new URL(location.href);
			url.searchParams.set('event', 'evt-00000');
			history.pushState(null, '', url);
			dispatchEvent(new PopStateEvent('popstate'));
		});
		await chainPage.locator('aside[data-panel] [data-tree]').first().waitFor();
		const t1 = await chainPage.evaluate(() => performance.now());
		opens.push({ ms: t1 - t0, task: await longest(chainPage, t0) });
		await chainPage.close();
	}
} finally {
	await browser.close();
	await server.close();
}

const mb = (large.length / 1024 / 1024).toFixed(1);
const firstMarks = median(loads.map((l) => l.marks));
const loadTask = median(loads.map((l) => l.task));
const open = median(opens.map((o) => o.ms));
const openTask = median(opens.map((o) => o.task));
console.log(`Large files, medians of ${runs} run(s) (bench/large-file.ts):`);
console.log(
	`  50,000 events with summaries (${mb} MB): first marks ${Math.round(firstMarks)} ms (budget 2000 ms: ${verdict(firstMarks, 2000)})`
);
console.log(
	`  50,000 events with summaries: longest task to first marks ${Math.round(loadTask)} ms (budget 200 ms: ${verdict(loadTask, 200)})`
);
console.log(
	`  30,000-step chain: its head selected → details drawn ${Math.round(open)} ms, longest task ${Math.round(openTask)} ms (budget 200 ms: ${verdict(openTask, 200)})`
);
