/**
 * The interaction phases on a drawn page: zoom (wheel notches in, then out; TimelineJS has no
 * wheel zoom, so its zoom buttons) and pan (a mouse drag), each traced (main-thread work per
 * frame, see trace.ts) with the long tasks while it runs, each cut short at its time cap if the
 * page cannot keep up.
 */
import type { CDPSession, Page } from '@playwright/test';
import { sleep, TIMEOUT, tryFor } from './clock.ts';
import { phaseCapMs } from './options.ts';
import { chartCentre, readView } from './page.ts';
import { round } from './stats.ts';
import { combineLongTasks, summariseLongTasks } from './summary.ts';
import { mainThreadWork, markWindow } from './trace.ts';
import { PhaseTrace } from './tracing.ts';
import type { LongTaskSummary, PageName, PhaseResult } from './types.ts';

/** Wheel notches in (then as many out) and pointer moves of a measured run; a smoke run does half. */
export const STEPS = 20;
const PAN_PX = 20;
/** Wheel notches (not measured) before the pan, so the drag has room to move the camera. */
const PRE_PAN_ZOOM = 5;

export interface Interaction {
	zoom: PhaseResult | null;
	pan: PhaseResult | null;
	/** Long tasks during zoom and pan together. */
	interaction: LongTaskSummary | null;
	notes: string[];
}

const START = 'bench-phase-start';
const END = 'bench-phase-end';

/** In the page: a mark that bounds the phase in the trace, and the page's clock. */
const mark = (name: string) => (performance.mark(name), performance.now());

/**
 * One phase, traced: `gesture(i)` for each planned step until done or `capMs`, then `finish`.
 * Nothing else requests frames meanwhile (no rAF loop), so the frames counted are the page's own.
 */
async function phase(
	page: Page,
	cdp: CDPSession,
	name: PageName,
	stepsPlanned: number,
	capMs: number,
	gesture: (step: number) => Promise<unknown>,
	finish?: () => Promise<unknown>
): Promise<PhaseResult | null> {
	const trace = await PhaseTrace.start(cdp);
	// Starting a trace stalls the renderer for a moment: let that pass before the phase starts.
	await sleep(300);
	const t0 = await tryFor(page.evaluate(mark, START), 10_000);
	if (t0 === TIMEOUT) {
		await trace?.stop();
		return null;
	}
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
	const end = await tryFor(page.evaluate(mark, END), 30_000);
	const events = (await trace?.stop()) ?? [];
	if (end === TIMEOUT) return null;
	const tasks = await tryFor(
		page.evaluate(() => window.__bench!.longTasks),
		5000
	);
	const bounds = markWindow(events, START, END);
	return {
		steps,
		stepsPlanned,
		complete,
		durationMs: round(end - t0) ?? 0,
		mainThread: bounds ? mainThreadWork(events, bounds) : null,
		longTasks: summariseLongTasks(tasks === TIMEOUT ? [] : tasks, t0, end),
		view: await readView(page, name)
	};
}

/** TimelineJS's zoom buttons (it has no wheel zoom). */
const TL_ZOOM = { in: '.tl-icon-zoom-in', out: '.tl-icon-zoom-out' };

/** Clicks the TimelineJS zoom button `selector` at its centre. */
async function clickZoom(page: Page, selector: string) {
	const box = await page.locator(selector).first().boundingBox();
	if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Zoom, then (if the page settled) pan, on a page whose chart is in view; `size`: its events. */
export async function measureInteraction(
	page: Page,
	cdp: CDPSession,
	name: PageName,
	size: number,
	steps = STEPS
): Promise<Interaction> {
	const out: Interaction = { zoom: null, pan: null, interaction: null, notes: [] };
	const cap = phaseCapMs(size);
	let pointer = { x: -1, y: -1 };
	/** Wheel over the chart's centre, following the chart if it moved or resized. */
	const wheel = async (dy: number) => {
		if (name === 'tl') return clickZoom(page, dy < 0 ? TL_ZOOM.in : TL_ZOOM.out);
		const c = await chartCentre(page, name);
		if (c && (Math.abs(c.x - pointer.x) > 1 || Math.abs(c.y - pointer.y) > 1)) {
			pointer = c;
			await page.mouse.move(c.x, c.y);
		}
		// Ctrl + wheel zooms Causeway (a plain wheel scrolls the page); vis-timeline zooms either way.
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, dy);
		await page.keyboard.up('Control');
	};

	// Zoom: `steps` wheel notches in over the chart centre, ~50 ms apart, then as many back out.
	out.zoom = await phase(page, cdp, name, steps * 2, cap, async (i) => {
		await wheel(i < steps ? -120 : 120);
		await sleep(50);
	});
	// A page that could not keep up with the zoom gets a (bounded) moment to catch up.
	const settled =
		out.zoom !== null &&
		(await tryFor(
			page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(true)))),
			out.zoom.complete ? 30_000 : 60_000
		)) === true;
	if (out.zoom && !settled) {
		out.notes.push('page still busy after the zoom phase: pan not measured');
	} else if (out.zoom) {
		// Zoom in a little (not measured) so that the drag has room to pan, then let it settle.
		for (let i = 0; i < PRE_PAN_ZOOM; i++) {
			if ((await tryFor(wheel(-120), 20_000)) === TIMEOUT) break;
			await sleep(50);
		}
		await sleep(500);
		const c = await tryFor(chartCentre(page, name), 60_000);
		if (c === TIMEOUT || c === null) {
			out.notes.push('chart not found (or page busy) before the pan: pan not measured');
		} else {
			// Pan: mouse down left of the centre, `steps` moves of 20 px ~16 ms apart, mouse up.
			const x0 = c.x - (steps * PAN_PX) / 2;
			await tryFor(page.mouse.move(x0, c.y), 10_000);
			let down = false;
			out.pan = await phase(
				page,
				cdp,
				name,
				steps,
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
	if (out.zoom && !out.zoom.complete) {
		out.notes.push(
			`zoom phase hit its ${cap / 1000} s cap after ${out.zoom.steps} of ${out.zoom.stepsPlanned} ${name === 'tl' ? 'zoom-button clicks' : 'notches'}`
		);
	}
	if (out.pan && !out.pan.complete) {
		out.notes.push(
			`pan phase hit its ${cap / 1000} s cap after ${out.pan.steps} of ${out.pan.stepsPlanned} moves`
		);
	}
	out.interaction = combineLongTasks([out.zoom, out.pan]);
	if (!out.zoom) out.notes.push('page unresponsive: zoom not measured');
	return out;
}
