/**
 * `npm run bench`: Causeway against vis-timeline on the same synthetic datasets, in headless
 * Chromium, in the same run, alternating. See bench/README.md for what each number means.
 *
 *   tsx bench/run.ts [--sizes 1000,10000,50000] [--runs 5] [--smoke] [--no-build]
 *                    [--causeway-path /embed] [--causeway-query controls=0] [--filter-path /]
 *                    [--event-selector '[data-event-id^="evt-"]'] [--only causeway|vis]
 *                    [--seed N] [--load-cap SECONDS] [--budget-min 40] [--screenshots]
 *                    [--out DIR] [--strict]
 *
 * --smoke: 1,000 events, one run per page, results in bench/out/ (exit code 1 only if no page
 * ever drew events). --strict: exit code 3 when a target is missed. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type CDPSession,
	type Page
} from '@playwright/test';
import { DEFAULT_SEED, EVENT_ID_PREFIX, generateDataset } from './generate.ts';
import { evaluateTargets, fmtMs, fmtRatio, formatted, renderMarkdown } from './report.ts';
import { benchPaths, resolveFile, startServer, type BenchPaths } from './server.ts';
import { boundedMedian, frameStats, median, round, type Bounded } from './stats.ts';
import type {
	BenchResults,
	BytesResult,
	FilterResult,
	LongTaskSummary,
	PageMedians,
	PageName,
	PhaseResult,
	Ratio,
	RunResult,
	SizeResult
} from './types.ts';

// --- options ----------------------------------------------------------------------------------

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string' },
		runs: { type: 'string' },
		smoke: { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		'causeway-path': { type: 'string', default: '/embed' },
		'causeway-query': { type: 'string', default: 'controls=0' },
		'filter-path': { type: 'string', default: '/' },
		'event-selector': { type: 'string', default: `[data-event-id^="${EVENT_ID_PREFIX}"]` },
		only: { type: 'string' },
		seed: { type: 'string' },
		screenshots: { type: 'boolean', default: false },
		out: { type: 'string' },
		strict: { type: 'boolean', default: false },
		'load-cap': { type: 'string' },
		'budget-min': { type: 'string' },
		help: { type: 'boolean', default: false }
	},
	strict: true
});

if (args.help) {
	console.log(
		readFileSync(new URL(import.meta.url))
			.toString()
			.split('*/')[0]
	);
	process.exit(0);
}

const ROOT = resolve(import.meta.dirname, '..');
const PATHS: BenchPaths = benchPaths(ROOT);
const SMOKE = args.smoke;
const SIZES = (args.sizes ?? (SMOKE ? '1000' : '1000,10000,50000'))
	.split(',')
	.map((s) => Number(s.trim()))
	.filter((n) => Number.isInteger(n) && n > 0);
const RUNS = Math.max(1, Number(args.runs ?? (SMOKE ? 1 : 5)) || 1);
const SEED = Number(args.seed ?? DEFAULT_SEED);
const OUT_DIR = resolve(ROOT, args.out ?? (SMOKE ? 'bench/out' : 'bench/results'));
const SELECTORS: Record<PageName, string> = {
	causeway: args['event-selector'],
	vis: '.vis-item'
};
/** For counting drawn marks (vis-timeline's box items add a line and a dot `.vis-item` each). */
const COUNT_SELECTORS: Record<PageName, string> = {
	causeway: SELECTORS.causeway,
	vis: '.vis-item:not(.vis-line):not(.vis-dot)'
};
const ONLY = args.only === 'causeway' || args.only === 'vis' ? args.only : null;
const VIEWPORT = { width: 1280, height: 800 };
const ZOOM_STEPS = 20;
const PAN_STEPS = 20;
const PAN_PX = 20;
/** Wheel notches (not measured) before the pan, so the drag has room to move the camera. */
const PRE_PAN_ZOOM = 5;
const DEFAULT_CHART = { width: 1240, height: 560 };

/** How long a page may take to draw events, by dataset size (`--load-cap S` overrides). */
const loadCapMs = (n: number) =>
	args['load-cap']
		? Number(args['load-cap']) * 1000
		: n >= 50_000
			? 90_000
			: n >= 10_000
				? 60_000
				: 30_000;
/** How long one interaction phase (zoom, or pan) may take before it is cut short. */
const phaseCapMs = (n: number) => (n >= 50_000 ? 45_000 : 30_000);
/** Runs still to start after this many minutes are skipped (noted), so a full run stays bounded. */
const BUDGET_MS = Number(args['budget-min'] ?? (SMOKE ? 10 : 40)) * 60_000;

if (SIZES.length === 0) {
	console.error('--sizes: no valid size');
	process.exit(2);
}

const started = Date.now();
const log = (msg: string) =>
	console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const TIMEOUT = Symbol('timeout');
/** `p`, or TIMEOUT after `ms` (the page may be busy for minutes; we never wait on it unbounded). */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
	let timer: NodeJS.Timeout | undefined;
	return Promise.race([
		p,
		new Promise<typeof TIMEOUT>((r) => (timer = setTimeout(() => r(TIMEOUT), ms)))
	]).finally(() => clearTimeout(timer));
}
/** Like withTimeout, but errors (page closed, navigation) also come back as TIMEOUT. */
async function tryFor<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
	try {
		return await withTimeout(p, ms);
	} catch {
		return TIMEOUT;
	}
}

// --- in-page instrumentation -----------------------------------------------------------------

interface BenchState {
	selector: string;
	/** performance.now() when an event element was first seen. */
	seen: number | null;
	raf: number | null;
	first: number | null;
	longTasks: { start: number; duration: number }[];
	recording: boolean;
	frames: number[];
}

declare global {
	interface Window {
		__bench?: BenchState;
		__benchError?: string;
		__firstEventsFrame?: number;
		__timeline?: { getWindow(): { start: Date; end: Date } };
	}
}

/**
 * Installed before any page script (addInitScript): watches for the first event element, then
 * marks the first rAF after it and the task after that rAF (so the frame's style, layout and
 * paint are included); records long tasks from the start.
 */
function instrument(selector: string) {
	const b: BenchState = {
		selector,
		seen: null,
		raf: null,
		first: null,
		longTasks: [],
		recording: false,
		frames: []
	};
	window.__bench = b;
	const found = () => {
		if (b.seen !== null || !document.querySelector(selector)) return;
		b.seen = performance.now();
		observer.disconnect();
		requestAnimationFrame(() => {
			b.raf = performance.now();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (b.first = performance.now());
			channel.port2.postMessage(0);
		});
	};
	const observer = new MutationObserver(found);
	observer.observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-event-id', 'class']
	});
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				b.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long-task API: counts stay empty.
	}
}

function startFrames() {
	const b = window.__bench!;
	b.frames = [];
	b.recording = true;
	const loop = (t: number) => {
		b.frames.push(t);
		if (b.recording) requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
	return performance.now();
}

function stopFrames() {
	const b = window.__bench!;
	b.recording = false;
	return { frames: b.frames, now: performance.now() };
}

function summariseLongTasks(
	tasks: readonly { start: number; duration: number }[],
	from: number,
	to: number
): LongTaskSummary {
	const inside = tasks.filter((t) => t.start >= from && t.start < to);
	return {
		count: inside.length,
		maxMs: inside.length ? round(Math.max(...inside.map((t) => t.duration))) : null,
		totalMs: round(inside.reduce((s, t) => s + t.duration, 0)) ?? 0
	};
}

// --- browser ---------------------------------------------------------------------------------

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-precise-memory-info',
	'--no-first-run'
];

function chromiumPath(): string | undefined {
	const env = process.env.CHROMIUM_PATH;
	if (env) {
		if (!existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist`);
		return env;
	}
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

let browser: Browser;
async function launch() {
	browser = await chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS
	});
}

async function newContext(): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		deviceScaleFactor: 1,
		timezoneId: 'UTC',
		locale: 'en-GB'
	});
	// tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`; the functions this
	// file sends to the page carry those calls, so the page needs a no-op `__name`.
	await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	return context;
}

/** Closes a context even if its page is stuck in a minutes-long task; relaunches if needed. */
async function dispose(context: BrowserContext) {
	if ((await tryFor(context.close(), 20_000)) === TIMEOUT) {
		log('  context did not close in 20 s: restarting Chromium');
		await tryFor(browser.close(), 20_000);
		await launch();
	}
}

// --- one page load, measured -----------------------------------------------------------------

interface PageTarget {
	page: PageName;
	url: string;
	size: number;
	run: number;
	order: number;
}

const CHART_SELECTORS: Record<PageName, string> = {
	causeway: '.chart[role=region], [role=region]',
	vis: '.vis-center'
};

async function chartBox(page: Page, name: PageName) {
	const box = await tryFor(page.locator(CHART_SELECTORS[name]).first().boundingBox(), 5000);
	if (box === TIMEOUT || box === null) return null;
	return box;
}

/**
 * The centre of the part of the chart inside the viewport, measured now: the chart may change
 * height as the view changes (fewer rows when zoomed in), and a wheel that misses it scrolls the
 * page instead.
 */
async function chartCentre(page: Page, name: PageName) {
	return page.evaluate(
		([selector, vw, vh]) => {
			const el = document.querySelector(selector);
			if (!el) return null;
			const r = el.getBoundingClientRect();
			const x0 = Math.max(0, r.left);
			const y0 = Math.max(0, r.top);
			const x1 = Math.min(vw, r.right);
			const y1 = Math.min(vh, r.bottom);
			if (x1 <= x0 || y1 <= y0) return null;
			return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
		},
		[CHART_SELECTORS[name], VIEWPORT.width, VIEWPORT.height] as const
	);
}

async function readView(page: Page, name: PageName): Promise<string | null> {
	const r = await tryFor(
		page.evaluate((isVis) => {
			if (isVis && window.__timeline) {
				const w = window.__timeline.getWindow();
				return `${w.start.toISOString().slice(0, 10)}/${w.end.toISOString().slice(0, 10)}`;
			}
			return location.search;
		}, name === 'vis'),
		5000
	);
	return r === TIMEOUT ? null : r;
}

async function phase(
	page: Page,
	name: PageName,
	stepsPlanned: number,
	capMs: number,
	gesture: (step: number) => Promise<unknown>,
	finish?: () => Promise<unknown>
): Promise<PhaseResult | null> {
	const t0 = await tryFor(page.evaluate(startFrames), 10_000);
	if (t0 === TIMEOUT) return null;
	const deadline = Date.now() + capMs;
	let steps = 0;
	let complete = true;
	for (let i = 0; i < stepsPlanned; i++) {
		const r = await tryFor(gesture(i), Math.max(1, deadline - Date.now()));
		if (r === TIMEOUT || Date.now() >= deadline) {
			complete = false;
			if (r !== TIMEOUT) steps++;
			break;
		}
		steps++;
	}
	if (finish) await tryFor(finish(), Math.max(5000, deadline - Date.now()));
	// Let the last step's frames land (bounded: a page still busy after that is reported as such).
	await sleep(300);
	const end = await tryFor(page.evaluate(stopFrames), 30_000);
	if (end === TIMEOUT) return null;
	const tasks = await tryFor(
		page.evaluate(() => window.__bench!.longTasks),
		5000
	);
	return {
		steps,
		stepsPlanned,
		complete,
		durationMs: round(end.now - t0) ?? 0,
		frames: frameStats(end.frames),
		longTasks: summariseLongTasks(tasks === TIMEOUT ? [] : tasks, t0, end.now),
		view: await readView(page, name)
	};
}

async function waitForFirstFrame(page: Page, deadline: number) {
	while (Date.now() < deadline) {
		const r = await tryFor(
			page.evaluate(() => ({
				first: window.__bench?.first ?? null,
				raf: window.__bench?.raf ?? null,
				mark: window.__firstEventsFrame ?? null,
				error: window.__benchError ?? null
			})),
			2000
		);
		if (r !== TIMEOUT && (r.first !== null || r.error)) return r;
		await sleep(200);
	}
	return null;
}

async function heapUsed(cdp: CDPSession): Promise<number | null> {
	const r = await tryFor(
		(async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			const { metrics } = await cdp.send('Performance.getMetrics');
			return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
		})(),
		30_000
	);
	return r === TIMEOUT ? null : r;
}

async function measurePage(t: PageTarget): Promise<RunResult> {
	const capMs = loadCapMs(t.size);
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
	const context = await newContext();
	try {
		const page = await context.newPage();
		page.on('pageerror', (e) => result.errors.length < 5 && result.errors.push(String(e)));
		page.on('console', (m) => {
			if (m.type() === 'error' && result.errors.length < 5) result.errors.push(m.text());
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.addInitScript(instrument, SELECTORS[t.page]);

		const navStart = Date.now();
		const response = await tryFor(page.goto(t.url, { waitUntil: 'commit', timeout: capMs }), capMs);
		if (response !== TIMEOUT && response && response.status() >= 400) {
			result.notes.push(`HTTP ${response.status()} for ${t.url}`);
			return result;
		}
		const first = await waitForFirstFrame(page, navStart + capMs);
		if (first?.error) {
			result.errors.push(first.error);
			return result;
		}
		if (!first) {
			result.timedOut = true;
			const other = await tryFor(page.locator('[data-event-id]').count(), 3000);
			if (t.page === 'causeway' && other !== TIMEOUT && other > 0) {
				result.notes.push(
					`no ${SELECTORS.causeway} within ${capMs / 1000} s, but ${other} other [data-event-id] marks: the page drew another dataset (is src= supported on this path?)`
				);
			} else {
				result.notes.push(`no events drawn within ${capMs / 1000} s (stopped there)`);
			}
			return result;
		}
		result.drew = true;
		result.firstFrameMs = round(first.first);
		result.firstFrameRafMs = round(first.raf);
		result.pageMarkMs = round(first.mark);
		// Marks drawn: matching elements, counting a canvas's hidden marker as the marks it painted.
		const drawn = await tryFor(
			page.evaluate((selector) => {
				let n = 0;
				for (const el of document.querySelectorAll(selector)) {
					const painted = Number(el.getAttribute('data-canvas-painted'));
					n += Number.isFinite(painted) && painted > 0 ? painted : 1;
				}
				return n;
			}, COUNT_SELECTORS[t.page]),
			10_000
		);
		result.drawnElements = drawn === TIMEOUT ? null : drawn;
		if (args.screenshots) {
			await tryFor(
				page.screenshot({ path: join(PATHS.out, `shot-${t.page}-${t.size}-${t.run}.png`) }),
				20_000
			);
		}

		// Load: everything up to first frame + 1 s idle (taken before the forced GC below). A page
		// may still be busy after its first frame: wait (bounded) until it answers.
		await sleep(1000);
		const loadTasks = await tryFor(
			page.evaluate(() => ({ tasks: window.__bench!.longTasks, now: performance.now() })),
			Math.max(30_000, navStart + capMs + 30_000 - Date.now())
		);
		if (loadTasks === TIMEOUT) {
			result.notes.push(
				`page still busy ${((Date.now() - navStart) / 1000).toFixed(0)} s after navigation: heap and interaction not measured`
			);
			return result;
		}
		result.load = summariseLongTasks(loadTasks.tasks, 0, loadTasks.now);
		if (loadTasks.now - (result.firstFrameMs ?? 0) > 2000) {
			result.notes.push(
				`busy for ${((loadTasks.now - (result.firstFrameMs ?? 0)) / 1000).toFixed(1)} s after its first frame`
			);
		}
		result.heapUsedBytes = await heapUsed(cdp);

		const box = await chartBox(page, t.page);
		if (!box) {
			result.notes.push('chart element not found: no interaction measured');
			return result;
		}
		result.chart = { width: Math.round(box.width), height: Math.round(box.height) };
		const cap = phaseCapMs(t.size);
		let pointer = { x: -1, y: -1 };
		/** Wheel over the chart's centre, following the chart if it moved or resized. */
		const wheel = async (dy: number) => {
			const c = await chartCentre(page, t.page);
			if (c && (Math.abs(c.x - pointer.x) > 1 || Math.abs(c.y - pointer.y) > 1)) {
				pointer = c;
				await page.mouse.move(c.x, c.y);
			}
			await page.mouse.wheel(0, dy);
		};

		// Zoom: 20 wheel notches in over the chart centre, ~50 ms apart, then 20 back out.
		result.zoom = await phase(page, t.page, ZOOM_STEPS * 2, cap, async (i) => {
			await wheel(i < ZOOM_STEPS ? -120 : 120);
			await sleep(50);
		});
		// A page that could not keep up with the zoom gets a (bounded) moment to catch up.
		const settled =
			result.zoom !== null &&
			(await tryFor(
				page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true)))),
				result.zoom.complete ? 30_000 : 60_000
			)) === true;
		if (result.zoom && !settled) {
			result.notes.push('page still busy after the zoom phase: pan not measured');
		} else if (result.zoom) {
			// Zoom in a little (not measured) so that the drag has room to pan, then let it settle.
			for (let i = 0; i < PRE_PAN_ZOOM; i++) {
				if ((await tryFor(wheel(-120), 20_000)) === TIMEOUT) break;
				await sleep(50);
			}
			await sleep(500);
			const c = await tryFor(chartCentre(page, t.page), 60_000);
			if (c === TIMEOUT || c === null) {
				result.notes.push('chart not found (or page busy) before the pan: pan not measured');
			} else {
				// Pan: mouse down left of the centre, 20 moves of 20 px ~16 ms apart, mouse up.
				const x0 = c.x - (PAN_STEPS * PAN_PX) / 2;
				await tryFor(page.mouse.move(x0, c.y), 10_000);
				let down = false;
				result.pan = await phase(
					page,
					t.page,
					PAN_STEPS,
					cap,
					async (i) => {
						if (!down) {
							await page.mouse.down();
							down = true;
						}
						await page.mouse.move(x0 + PAN_PX * (i + 1), c.y);
						await sleep(16);
					},
					() => page.mouse.up()
				);
			}
		}
		if (result.zoom && !result.zoom.complete) {
			result.notes.push(
				`zoom phase hit its ${cap / 1000} s cap after ${result.zoom.steps} of ${result.zoom.stepsPlanned} notches`
			);
		}
		if (result.pan && !result.pan.complete) {
			result.notes.push(
				`pan phase hit its ${cap / 1000} s cap after ${result.pan.steps} of ${result.pan.stepsPlanned} moves`
			);
		}
		if (result.zoom || result.pan) {
			const phases = [result.zoom, result.pan].filter((p): p is PhaseResult => p !== null);
			result.interaction = {
				count: phases.reduce((s, p) => s + p.longTasks.count, 0),
				maxMs: phases.reduce<number | null>(
					(m, p) => (p.longTasks.maxMs === null ? m : Math.max(m ?? 0, p.longTasks.maxMs)),
					null
				),
				totalMs: round(phases.reduce((s, p) => s + p.longTasks.totalMs, 0)) ?? 0
			};
		}
		if (!result.zoom) result.notes.push('page unresponsive: zoom not measured');
		return result;
	} catch (error) {
		result.errors.push(`harness: ${error instanceof Error ? error.message : String(error)}`);
		return result;
	} finally {
		result.wallMs = Date.now() - wall;
		await dispose(context);
	}
}

// --- filter by actor (Causeway's full page) ---------------------------------------------------

async function measureFilter(size: number, run: number, url: string, actor: string) {
	const out: FilterResult = {
		size,
		run,
		url,
		actor,
		ms: null,
		rafMs: null,
		countBefore: null,
		countAfter: null,
		note: null
	};
	const capMs = loadCapMs(size);
	const context = await newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument, SELECTORS.causeway);
		const navStart = Date.now();
		const response = await tryFor(page.goto(url, { waitUntil: 'commit', timeout: capMs }), capMs);
		if (response !== TIMEOUT && response && response.status() >= 400) {
			out.note = `HTTP ${response.status()}`;
			return out;
		}
		const first = await waitForFirstFrame(page, navStart + capMs);
		if (!first || first.first === null) {
			const other = await tryFor(page.locator('[data-event-id]').count(), 3000);
			out.note =
				other !== TIMEOUT && other > 0
					? `${args['filter-path']} drew another dataset, not the bench one (src= not supported there?)`
					: `${args['filter-path']} drew no bench events within ${capMs / 1000} s`;
			return out;
		}
		await tryFor(
			page.evaluate(() => 1),
			60_000
		);
		await sleep(500);
		const input = page.locator(`input[type=checkbox][value="${actor}"]`).first();
		const summary = page.locator('details > summary', { hasText: 'Actors' }).first();
		if ((await tryFor(summary.count(), 5000)) !== 1) {
			out.note = 'no <summary> "Actors" (filter bar) on the page';
			return out;
		}
		if ((await tryFor(input.count(), 5000)) !== 1) {
			out.note = `no input[type=checkbox][value="${actor}"]`;
			return out;
		}
		if ((await tryFor(summary.click(), 20_000)) === TIMEOUT) {
			out.note = 'could not open the Actors menu';
			return out;
		}
		const armed = await tryFor(
			page.evaluate((value) => {
				const count = document.querySelector('[data-result-count]');
				const box = document.querySelector<HTMLInputElement>(
					`input[type=checkbox][value="${CSS.escape(value)}"]`
				);
				if (!count || !box) return null;
				const w = window as unknown as { __filter: Record<string, number | string | null> };
				const state: Record<string, number | string | null> = {
					click: null,
					raf: null,
					done: null,
					before: count.textContent,
					after: null
				};
				w.__filter = state;
				box.addEventListener('click', () => (state.click = performance.now()), {
					capture: true,
					once: true
				});
				const observer = new MutationObserver(() => {
					if (count.textContent === state.before) return;
					observer.disconnect();
					state.after = count.textContent;
					requestAnimationFrame(() => {
						state.raf = performance.now();
						const channel = new MessageChannel();
						channel.port1.onmessage = () => (state.done = performance.now());
						channel.port2.postMessage(0);
					});
				});
				observer.observe(count, { childList: true, subtree: true, characterData: true });
				return true;
			}, actor),
			10_000
		);
		if (armed !== true) {
			out.note = armed === null ? 'no [data-result-count] element' : 'page unresponsive';
			return out;
		}
		if ((await tryFor(input.click(), 30_000)) === TIMEOUT) {
			out.note = 'clicking the actor checkbox timed out';
			return out;
		}
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			const s = await tryFor(
				page.evaluate(
					() => (window as unknown as { __filter: Record<string, number | string | null> }).__filter
				),
				5000
			);
			if (s !== TIMEOUT && typeof s.done === 'number' && typeof s.click === 'number') {
				out.ms = round(s.done - s.click);
				out.rafMs = round(Number(s.raf) - s.click);
				out.countBefore = String(s.before ?? '').trim();
				out.countAfter = String(s.after ?? '').trim();
				return out;
			}
			await sleep(100);
		}
		out.note = '[data-result-count] did not change within 30 s of the click';
		return out;
	} catch (error) {
		out.note = `harness: ${error instanceof Error ? error.message : String(error)}`;
		return out;
	} finally {
		await dispose(context);
	}
}

// --- bytes ------------------------------------------------------------------------------------

async function measureBytes(origin: string, path: string): Promise<BytesResult> {
	const out: BytesResult = {
		url: path,
		status: null,
		jsGzip: 0,
		cssGzip: 0,
		totalGzip: 0,
		htmlGzip: null,
		files: [],
		note: null
	};
	const context = await newContext();
	try {
		const page = await context.newPage();
		const urls = new Set<string>();
		page.on('response', (r) => urls.add(r.url()));
		const response = await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
		out.status = response?.status() ?? null;
		await tryFor(page.waitForLoadState('networkidle'), 15_000);
		await sleep(500);
		for (const u of [...urls].sort()) {
			const url = new URL(u);
			if (url.origin !== origin) continue;
			const file = resolveFile(PATHS, url.pathname);
			if (url.pathname === new URL(origin + path).pathname) {
				if (file) out.htmlGzip = gzipSync(readFileSync(file), { level: 9 }).length;
				continue;
			}
			if (!/\.(m?js|css)$/.test(url.pathname)) continue;
			const data = file ? readFileSync(file) : null;
			const gzip = data ? gzipSync(data, { level: 9 }).length : null;
			out.files.push({
				url: url.pathname,
				file: file ? file.slice(ROOT.length + 1) : null,
				bytes: data?.length ?? null,
				gzip
			});
			if (gzip !== null) {
				if (url.pathname.endsWith('.css')) out.cssGzip += gzip;
				else out.jsGzip += gzip;
			}
		}
		out.totalGzip = out.jsGzip + out.cssGzip;
	} catch (error) {
		out.note = `harness: ${error instanceof Error ? error.message : String(error)}`;
	} finally {
		await dispose(context);
	}
	return out;
}

// --- medians, ratios, targets -----------------------------------------------------------------

function mediansOf(runs: RunResult[]): PageMedians {
	const drew = runs.filter((r) => r.drew);
	const m = (f: (r: RunResult) => number | null | undefined) => round(median(drew.map(f)));
	const firsts: (Bounded | null)[] = runs.map((r) =>
		r.drew && r.firstFrameMs !== null
			? { value: r.firstFrameMs, atLeast: false }
			: r.timedOut
				? { value: r.capMs, atLeast: true }
				: null
	);
	const maxes = drew.map((r) => r.interaction?.maxMs ?? (r.interaction ? 0 : null));
	return {
		runs: runs.length,
		drew: drew.length,
		timedOut: runs.filter((r) => r.timedOut).length,
		firstFrameMs: roundBounded(boundedMedian(firsts)),
		heapUsedMB: round(median(drew.map((r) => (r.heapUsedBytes ?? NaN) / 1e6)), 2),
		loadLongTasks: m((r) => r.load?.count),
		loadMaxLongTaskMs: m((r) => r.load?.maxMs ?? (r.load ? 0 : null)),
		zoomMedianMs: m((r) => r.zoom?.frames.medianMs),
		zoomP95Ms: m((r) => r.zoom?.frames.p95Ms),
		panMedianMs: m((r) => r.pan?.frames.medianMs),
		panP95Ms: m((r) => r.pan?.frames.p95Ms),
		interactionLongTasks: m((r) => r.interaction?.count),
		interactionMaxLongTaskMs: round(median(maxes)),
		interactionMaxLongTaskMsWorst: maxes.some((x) => x !== null)
			? Math.max(...maxes.filter((x): x is number => x !== null))
			: null,
		zoomComplete: drew.some((r) => r.zoom) ? drew.every((r) => r.zoom?.complete) : null,
		panComplete: drew.some((r) => r.pan) ? drew.every((r) => r.pan?.complete) : null
	};
}

const roundBounded = (b: Bounded | null): Bounded | null =>
	b && { value: round(b.value) ?? b.value, atLeast: b.atLeast };

function ratioOf(c: Bounded | number | null, v: Bounded | number | null): Ratio | null {
	const cb = typeof c === 'number' ? { value: c, atLeast: false } : c;
	const vb = typeof v === 'number' ? { value: v, atLeast: false } : v;
	if (!cb || !vb || vb.value <= 0) return null;
	if (cb.atLeast && vb.atLeast) return null;
	const value = Math.round((cb.value / vb.value) * 1000) / 1000;
	return { value, kind: cb.atLeast ? 'atLeast' : vb.atLeast ? 'atMost' : 'exact' };
}

/** Pass when the ratio is (at most) the limit; null when a bound cannot settle it. */
// --- main -------------------------------------------------------------------------------------

async function main(): Promise<number> {
	const notes: string[] = [];
	log(
		`sizes ${SIZES.join(', ')} · ${RUNS} run(s) each · seed ${SEED}${SMOKE ? ' · smoke' : ''} · root ${ROOT}`
	);
	if (!args['no-build']) {
		log('npm run build');
		const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
	}
	if (!existsSync(join(PATHS.build, 'index.html'))) {
		throw new Error(`no production build in ${PATHS.build}: run without --no-build`);
	}

	mkdirSync(PATHS.out, { recursive: true });
	for (const n of SIZES) {
		const file = join(PATHS.out, `events-${n}.json`);
		writeFileSync(file, JSON.stringify(generateDataset(n, SEED)));
		log(`dataset ${n} events → ${file.slice(ROOT.length + 1)}`);
	}

	const server = await startServer(PATHS);
	log(`serving on ${server.origin}`);
	const loadStart = os.loadavg();
	await launch();
	const chromiumVersion = browser.version();
	log(`Chromium ${chromiumVersion} (${chromiumPath() ?? "Playwright's"})`);

	let causewayPath = args['causeway-path'];
	const probe = await fetch(server.origin + causewayPath).catch(() => null);
	if (!probe || probe.status === 404) {
		const note = `${causewayPath} is missing (HTTP ${probe?.status ?? 'error'}): measured Causeway on / instead`;
		notes.push(note);
		log(note);
		causewayPath = '/';
	}
	const query = args['causeway-query'] ? `&${args['causeway-query']}` : '';
	const causewayUrl = (n: number) =>
		`${server.origin}${causewayPath}?src=/bench-data/events-${n}.json${query}`;
	const filterUrl = (n: number) =>
		`${server.origin}${args['filter-path']}?src=/bench-data/events-${n}.json`;
	const visUrl = (n: number, chart: { width: number; height: number }) =>
		`${server.origin}/vis/vis.html?src=/bench-data/events-${n}.json&w=${chart.width}&h=${chart.height}`;

	const results: BenchResults = {
		meta: {
			date: new Date().toISOString(),
			command: `tsx bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
			smoke: SMOKE,
			sizes: SIZES,
			runs: RUNS,
			seed: SEED,
			causewayUrl: `${causewayPath}?src=/bench-data/events-<n>.json${query}`,
			filterUrl: `${args['filter-path']}?src=/bench-data/events-<n>.json`,
			visUrl: '/vis/vis.html?src=/bench-data/events-<n>.json&w=<chart width>&h=<chart height>',
			eventSelector: SELECTORS.causeway,
			machine: {
				nproc: os.availableParallelism(),
				cpu: os.cpus()[0]?.model ?? 'unknown',
				memoryGB: Math.round(os.totalmem() / 1e9),
				os: `${os.type()} ${os.release()}`,
				node: process.version,
				chromium: chromiumVersion,
				loadAverageStart: loadStart.map((x) => Math.round(x * 100) / 100),
				loadAverageEnd: []
			},
			viewport: VIEWPORT,
			durationS: 0,
			notes
		},
		bytes: { causeway: null, vis: null, ratio: null },
		sizes: [],
		targets: []
	};

	// Bytes: the embed page without a dataset, and the vis page (vis-timeline's JS and CSS).
	const embedPath = args['causeway-path'];
	results.bytes.causeway = await measureBytes(
		server.origin,
		causewayPath === '/' ? '/' : embedPath
	);
	if (causewayPath !== embedPath) {
		results.bytes.causeway.note = `${embedPath} does not exist yet: these are the bytes of / (the full page)`;
	}
	results.bytes.vis = await measureBytes(server.origin, '/vis/vis.html');
	if (results.bytes.causeway.totalGzip && results.bytes.vis.totalGzip) {
		results.bytes.ratio =
			Math.round((results.bytes.causeway.totalGzip / results.bytes.vis.totalGzip) * 1000) / 1000;
	}
	log(
		`bytes (gzip): Causeway ${(results.bytes.causeway.totalGzip / 1000).toFixed(1)} KB, vis-timeline ${(results.bytes.vis.totalGzip / 1000).toFixed(1)} KB`
	);

	let chart = DEFAULT_CHART;
	let causewayUnsupported = false;
	let budgetNoted = false;
	const actor = generateDataset(1, SEED).actors[0].id;
	for (const n of SIZES) {
		const size: SizeResult = {
			size: n,
			runs: [],
			filter: [],
			median: {
				causeway: mediansOf([]),
				vis: mediansOf([]),
				filterMs: null
			},
			ratio: { firstFrame: null, heap: null, zoomP95: null, panP95: null }
		};
		results.sizes.push(size);
		let filterWorks = true;
		for (let run = 1; run <= RUNS; run++) {
			if (Date.now() - started > BUDGET_MS) {
				if (!budgetNoted) {
					const note = `time budget of ${BUDGET_MS / 60_000} min reached: ${n} events got ${run - 1} of ${RUNS} runs; later runs and sizes skipped (--budget-min to change)`;
					notes.push(note);
					log(note);
					budgetNoted = true;
				}
				break;
			}
			// Alternate which page goes first; the first run starts with Causeway so that the vis
			// page gets Causeway's chart size.
			const order: PageName[] = run % 2 === 1 ? ['causeway', 'vis'] : ['vis', 'causeway'];
			for (const [i, name] of order.entries()) {
				if (ONLY && name !== ONLY) continue;
				if (name === 'causeway' && causewayUnsupported) continue;
				const url = name === 'causeway' ? causewayUrl(n) : visUrl(n, chart);
				log(`${n} events · run ${run}/${RUNS} · ${name} …`);
				const r = await measurePage({ page: name, url, size: n, run, order: i });
				size.runs.push(r);
				log(`  ${describe(r)}`);
				if (name === 'causeway') {
					if (r.chart) {
						chart = {
							width: Math.max(300, Math.min(VIEWPORT.width, r.chart.width)),
							height: Math.max(300, Math.min(VIEWPORT.height - 40, r.chart.height))
						};
					}
					if (!r.drew && r.notes.some((x) => x.includes('drew another dataset'))) {
						causewayUnsupported = true;
						notes.push(`Causeway: ${r.notes.join('; ')}. Remaining Causeway runs skipped.`);
						log('  Causeway did not draw the bench dataset: skipping its remaining runs');
					}
					if (r.drew && filterWorks) {
						const f = await measureFilter(n, run, filterUrl(n), actor);
						size.filter.push(f);
						log(`  filter by actor: ${f.ms === null ? `n/a (${f.note})` : `${f.ms} ms`}`);
						if (f.ms === null) {
							// It will not work better next time: save the time.
							filterWorks = false;
							log(`  (filter not measured again for ${n} events)`);
						}
					}
				}
			}
		}
		size.median.causeway = mediansOf(size.runs.filter((r) => r.page === 'causeway'));
		size.median.vis = mediansOf(size.runs.filter((r) => r.page === 'vis'));
		size.median.filterMs = round(median(size.filter.map((f) => f.ms)));
		const c = size.median.causeway;
		const v = size.median.vis;
		size.ratio = {
			firstFrame: ratioOf(c.firstFrameMs, v.firstFrameMs),
			heap: ratioOf(c.heapUsedMB, v.heapUsedMB),
			zoomP95: ratioOf(c.zoomP95Ms, v.zoomP95Ms),
			panP95: ratioOf(c.panP95Ms, v.panP95Ms)
		};
		log(
			`${n} events · medians: first frame ${fmtMs(c.firstFrameMs)} vs ${fmtMs(v.firstFrameMs)} (${fmtRatio(size.ratio.firstFrame)})`
		);
	}

	await tryFor(browser.close(), 30_000);
	await server.close();
	results.meta.machine.loadAverageEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
	results.meta.durationS = Math.round((Date.now() - started) / 1000);
	results.targets = evaluateTargets(results);

	mkdirSync(OUT_DIR, { recursive: true });
	const jsonPath = join(OUT_DIR, SMOKE ? 'results-smoke.json' : 'results.json');
	const mdPath = join(OUT_DIR, SMOKE ? 'RESULTS-smoke.md' : 'RESULTS.md');
	writeFileSync(jsonPath, await formatted(jsonPath, JSON.stringify(results, null, '\t') + '\n'));
	writeFileSync(mdPath, await formatted(mdPath, renderMarkdown(results)));
	log(`wrote ${jsonPath.slice(ROOT.length + 1)} and ${mdPath.slice(ROOT.length + 1)}`);
	for (const t of results.targets) {
		const mark = t.pass === true ? 'PASS' : t.pass === false ? 'FAIL' : 'n/a ';
		log(`${mark}  ${t.description}: ${t.measured} (target ${t.limit})`);
	}

	// The harness works if some page drew events; missed targets are not harness failures.
	const anyDrew = results.sizes.some((s) => s.runs.some((r) => r.drew));
	if (!anyDrew) {
		console.error('bench: no page drew any events: the harness is broken');
		return 1;
	}
	if (args.strict && results.targets.some((t) => t.pass === false)) return 3;
	return 0;
}

function describe(r: RunResult): string {
	if (!r.drew) {
		return `no events drawn${r.timedOut ? ` (> ${r.capMs / 1000} s)` : ''}${
			r.notes.length ? `: ${r.notes.join('; ')}` : ''
		}${r.errors.length ? ` · errors: ${r.errors.join(' | ').slice(0, 300)}` : ''}`;
	}
	const heap = r.heapUsedBytes === null ? '—' : `${(r.heapUsedBytes / 1e6).toFixed(1)} MB`;
	const z = r.zoom
		? `zoom ${r.zoom.frames.medianMs}/${r.zoom.frames.p95Ms} ms${r.zoom.complete ? '' : ' (capped)'}`
		: 'zoom —';
	const p = r.pan
		? `pan ${r.pan.frames.medianMs}/${r.pan.frames.p95Ms} ms${r.pan.complete ? '' : ' (capped)'}`
		: 'pan —';
	const notes = r.notes.length ? ` · ${r.notes.join('; ')}` : '';
	return `first frame ${r.firstFrameMs} ms · ${r.drawnElements} marks · heap ${heap} · load long tasks ${r.load?.count ?? '—'} (max ${r.load?.maxMs ?? 0} ms) · ${z} · ${p} (median/p95) · interaction long tasks ${r.interaction?.count ?? '—'} (max ${r.interaction?.maxMs ?? 0} ms) · ${(r.wallMs / 1000).toFixed(1)} s${notes}${r.errors.length ? ` · errors: ${r.errors.join(' | ').slice(0, 200)}` : ''}`;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error('bench failed:', error);
		process.exit(1);
	}
);
