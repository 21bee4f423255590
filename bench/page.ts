/**
 * Driving one page under test (instrumented by instrument.ts): navigate and wait (bounded) for its
 * first frame with events, and the chart and heap queries the measurements need.
 */
import type { CDPSession, Page } from '@playwright/test';
import { VIEWPORT } from './browser.ts';
import { sleep, TIMEOUT, tryFor, valueWithin } from './clock.ts';
import { currentView, firstFrameSoFar, visibleCentre, type FirstFrame } from './instrument.ts';
import type { PageName } from './types.ts';

/** What a navigation came to: an HTTP error, a page error, nothing drawn in time, or a first frame. */
export type Loaded =
	| { kind: 'http'; status: number }
	| { kind: 'error'; error: string }
	| { kind: 'none' }
	| { kind: 'drew'; first: FirstFrame & { first: number } };

/**
 * Navigates and waits, at most `capMs` from the navigation's start (`navStart`, Date.now()), for
 * the first frame with events.
 */
export async function load(
	page: Page,
	url: string,
	capMs: number
): Promise<Loaded & { navStart: number }> {
	const navStart = Date.now();
	const response = await tryFor(page.goto(url, { waitUntil: 'commit', timeout: capMs }), capMs);
	if (response !== TIMEOUT && response && response.status() >= 400) {
		return { kind: 'http', status: response.status(), navStart };
	}
	while (Date.now() < navStart + capMs) {
		const r = await tryFor(page.evaluate(firstFrameSoFar), 2000);
		if (r !== TIMEOUT && r.error) return { kind: 'error', error: r.error, navStart };
		if (r !== TIMEOUT && r.first !== null) {
			return { kind: 'drew', first: { ...r, first: r.first }, navStart };
		}
		await sleep(200);
	}
	return { kind: 'none', navStart };
}

/** How many `[data-event-id]` marks of any dataset the page shows (null if it does not answer). */
export const anyMarks = (page: Page) => valueWithin(page.locator('[data-event-id]').count(), 3000);

const CHART_SELECTORS: Record<PageName, string> = {
	causeway: '.chart[role=region], [role=region]',
	vis: '.vis-center',
	tl: '.tl-timenav'
};

export const chartBox = (page: Page, name: PageName) =>
	valueWithin(page.locator(CHART_SELECTORS[name]).first().boundingBox(), 5000);

/**
 * The centre of the part of the chart inside the viewport, measured now: the chart may change
 * height as the view changes (fewer rows when zoomed in), and a wheel that misses it scrolls the
 * page instead.
 */
export const chartCentre = (page: Page, name: PageName) =>
	page.evaluate(visibleCentre, [CHART_SELECTORS[name], VIEWPORT.width, VIEWPORT.height] as const);

/** What the camera shows (vis: its window; TimelineJS: its time axis's offset and width; Causeway: the URL query). */
export const readView = (page: Page, name: PageName) =>
	valueWithin(page.evaluate(currentView, name), 5000);

/** JS heap in use after a forced garbage collection, in bytes. */
export const heapUsed = (cdp: CDPSession) =>
	valueWithin(
		(async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			const { metrics } = await cdp.send('Performance.getMetrics');
			return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
		})(),
		30_000
	);
