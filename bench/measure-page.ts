/**
 * One page load, measured: first frame with events, marks drawn, long tasks during load, JS heap
 * after GC, then the zoom and pan phases. Always returns a result; what could not be measured is
 * null with a note.
 */
import { join } from 'node:path';
import type { BenchBrowser } from './browser.ts';
import { harnessNote, sleep, tryFor, valueWithin } from './clock.ts';
import { countMarks, instrument, longTasksSoFar } from './instrument.ts';
import { measureInteraction, STEPS } from './interaction.ts';
import { loadCapMs, type BenchOptions } from './options.ts';
import { anyMarks, chartBox, heapUsed, load } from './page.ts';
import { round } from './stats.ts';
import { summariseLongTasks } from './summary.ts';
import type { PageName, RunResult } from './types.ts';

export interface PageTarget {
	page: PageName;
	url: string;
	size: number;
	run: number;
	/** 0 when this page goes first in its run pair, 1 when second. */
	order: number;
}

/** The options a page measurement reads, and where screenshots go. */
export type MeasureOptions = Pick<
	BenchOptions,
	'selectors' | 'countSelectors' | 'screenshots' | 'loadCapMs' | 'smoke' | 'latencyMs'
> & { shotsDir: string };

/** A console error about a request the bench blocked on purpose (not the page's fault). */
const isBlocked = (text: string) => text.includes('ERR_NAME_NOT_RESOLVED');

export async function measurePage(
	browser: BenchBrowser,
	options: MeasureOptions,
	t: PageTarget
): Promise<RunResult> {
	const capMs = loadCapMs(options, t.size);
	const result: RunResult = {
		page: t.page,
		size: t.size,
		run: t.run,
		url: t.url,
		order: t.order,
		drew: false,
		timedOut: false,
		capMs,
		firstFrameMs: null,
		firstFrameRafMs: null,
		pageMarkMs: null,
		drawnElements: null,
		heapUsedBytes: null,
		chart: null,
		load: null,
		zoom: null,
		pan: null,
		interaction: null,
		wallMs: 0,
		errors: [],
		notes: []
	};
	const wall = Date.now();
	/** Third parties do not resolve (browser.ts): the hosts the page tried anyway. */
	const blockedHosts = new Set<string>();
	const addError = (text: string) => result.errors.length < 5 && result.errors.push(text);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		page.on('pageerror', (e) => addError(String(e)));
		page.on('console', (m) => m.type() === 'error' && !isBlocked(m.text()) && addError(m.text()));
		page.on('requestfailed', (r) => {
			const url = new URL(r.url());
			if (!['127.0.0.1', 'localhost'].includes(url.hostname)) blockedHosts.add(url.host);
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		if (options.latencyMs > 0) {
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: options.latencyMs,
				downloadThroughput: -1,
				uploadThroughput: -1
			});
		}
		await page.addInitScript(instrument, options.selectors[t.page]);

		const loaded = await load(page, t.url, capMs);
		if (loaded.kind === 'http') {
			result.notes.push(`HTTP ${loaded.status} for ${t.url}`);
			return result;
		}
		if (loaded.kind === 'error') {
			result.errors.push(loaded.error);
			return result;
		}
		if (loaded.kind === 'none') {
			result.timedOut = true;
			const other = await anyMarks(page);
			result.notes.push(
				t.page === 'causeway' && other
					? `no ${options.selectors.causeway} within ${capMs / 1000} s, but ${other} other [data-event-id] marks: the page drew another dataset (is src= supported on this path?)`
					: `no events drawn within ${capMs / 1000} s (stopped there)`
			);
			return result;
		}
		const { first, navStart } = loaded;
		result.drew = true;
		result.firstFrameMs = round(first.first);
		result.firstFrameRafMs = round(first.raf);
		result.pageMarkMs = round(first.mark);
		result.drawnElements = await valueWithin(
			page.evaluate(countMarks, options.countSelectors[t.page]),
			10_000
		);
		if (options.screenshots) {
			const path = join(options.shotsDir, `shot-${t.page}-${t.size}-${t.run}.png`);
			await tryFor(page.screenshot({ path }), 20_000);
		}

		// Load: everything up to first frame + 1 s idle (taken before the forced GC below). A page
		// may still be busy after its first frame: wait (bounded) until it answers.
		await sleep(1000);
		const loadTasks = await valueWithin(
			page.evaluate(longTasksSoFar),
			Math.max(30_000, navStart + capMs + 30_000 - Date.now())
		);
		if (loadTasks === null) {
			result.notes.push(
				`page still busy ${((Date.now() - navStart) / 1000).toFixed(0)} s after navigation: heap and interaction not measured`
			);
			return result;
		}
		result.load = summariseLongTasks(loadTasks.tasks, 0, loadTasks.now);
		const busyMs = loadTasks.now - (result.firstFrameMs ?? 0);
		if (busyMs > 2000) {
			result.notes.push(`busy for ${(busyMs / 1000).toFixed(1)} s after its first frame`);
		}
		result.heapUsedBytes = await heapUsed(cdp);

		const box = await chartBox(page, t.page);
		if (!box) {
			result.notes.push('chart element not found: no interaction measured');
			return result;
		}
		result.chart = { width: Math.round(box.width), height: Math.round(box.height) };
		const steps = options.smoke ? STEPS / 2 : STEPS;
		const { notes, ...phases } = await measureInteraction(page, cdp, t.page, t.size, steps);
		Object.assign(result, phases);
		result.notes.push(...notes);
		return result;
	} catch (error) {
		result.errors.push(harnessNote(error));
		return result;
	} finally {
		if (blockedHosts.size) {
			result.notes.push(`third-party requests blocked: ${[...blockedHosts].sort().join(', ')}`);
		}
		result.wallMs = Date.now() - wall;
		await browser.dispose(context);
	}
}
