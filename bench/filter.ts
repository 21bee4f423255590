/**
 * Filter by actor on Causeway's full page: open the "Actors" menu, click one actor's checkbox,
 * and time the click to the task after the first frame after the result count changed.
 */
import type { BenchBrowser } from './browser.ts';
import { harnessNote, sleep, TIMEOUT, tryFor } from './clock.ts';
import { instrument, longTasksSoFar } from './instrument.ts';
import { loadCapMs, type BenchOptions } from './options.ts';
import { anyMarks, load } from './page.ts';
import { round } from './stats.ts';
import type { FilterResult } from './types.ts';

interface FilterTimes {
	click: number | null;
	raf: number | null;
	done: number | null;
	/** The task after the first frame after the chart's marks changed. */
	chart: number | null;
	before: string | null;
	after: string | null;
}

declare global {
	interface Window {
		__filter?: FilterTimes;
	}
}

/**
 * In the page (after instrument()): listens for the click on `value`'s checkbox and for the
 * count's text to change, then times the frame that shows it.
 */
function armFilter(value: string): true | null {
	const count = document.querySelector('[data-result-count]');
	const box = document.querySelector<HTMLInputElement>(
		`input[type=checkbox][value="${CSS.escape(value)}"]`
	);
	if (!count || !box) return null;
	const state: FilterTimes = {
		click: null,
		raf: null,
		done: null,
		chart: null,
		before: count.textContent,
		after: null
	};
	window.__filter = state;
	box.addEventListener('click', () => (state.click = performance.now()), {
		capture: true,
		once: true
	});
	const observer = new MutationObserver(() => {
		if (count.textContent === state.before) return;
		observer.disconnect();
		state.after = count.textContent;
		window.__benchAfterFrame!(
			(now) => (state.raf = now),
			(now) => (state.done = now)
		);
	});
	observer.observe(count, { childList: true, subtree: true, characterData: true });
	// The chart has caught up when an event's mark comes or goes (a large chart may follow the
	// controls a frame later).
	const isMark = (n: Node) => n instanceof Element && n.hasAttribute('data-event-id');
	const marks = new MutationObserver((records) => {
		if (state.click === null) return;
		if (!records.some((r) => [...r.addedNodes, ...r.removedNodes].some(isMark))) return;
		marks.disconnect();
		window.__benchAfterFrame!(
			() => {},
			(now) => (state.chart = now)
		);
	});
	marks.observe(document.body, { childList: true, subtree: true });
	return true;
}

export async function measureFilter(
	browser: BenchBrowser,
	options: Pick<BenchOptions, 'selectors' | 'filterPath' | 'loadCapMs'>,
	size: number,
	run: number,
	url: string,
	actor: string
): Promise<FilterResult> {
	const out: FilterResult = {
		size,
		run,
		url,
		actor,
		ms: null,
		rafMs: null,
		chartMs: null,
		longestTaskMs: null,
		countBefore: null,
		countAfter: null,
		note: null
	};
	const capMs = loadCapMs(options, size);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument, options.selectors.causeway);
		const loaded = await load(page, url, capMs);
		if (loaded.kind === 'http') {
			out.note = `HTTP ${loaded.status}`;
			return out;
		}
		if (loaded.kind !== 'drew') {
			out.note = (await anyMarks(page))
				? `${options.filterPath} drew another dataset, not the bench one (src= not supported there?)`
				: `${options.filterPath} drew no bench events within ${capMs / 1000} s`;
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
		if ((await tryFor(summary.click(), 20_000)) === TIMEOUT) {
			out.note = 'could not open the Actors menu';
			return out;
		}
		// The menu's choices load when it first opens: the timing starts once they are drawn and
		// their counts are in (two frames), at the click on the checkbox.
		const shown = await tryFor(input.waitFor({ state: 'attached', timeout: 20_000 }), 25_000);
		if (shown === TIMEOUT || (await tryFor(input.count(), 5000)) !== 1) {
			out.note = `no input[type=checkbox][value="${actor}"]`;
			return out;
		}
		await tryFor(
			page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			),
			10_000
		);
		await sleep(300);
		const armed = await tryFor(page.evaluate(armFilter, actor), 10_000);
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
				page.evaluate(() => window.__filter),
				5000
			);
			if (s !== TIMEOUT && typeof s?.done === 'number' && typeof s.click === 'number') {
				out.ms = round(s.done - s.click);
				out.rafMs = round(Number(s.raf) - s.click);
				// The list under the chart follows a frame later: its task counts too.
				await sleep(1000);
				const chart = await page.evaluate(() => window.__filter?.chart ?? null);
				out.chartMs = chart === null ? null : round(chart - s.click);
				const { tasks } = await page.evaluate(longTasksSoFar);
				const after = tasks.filter((t) => t.start + t.duration > s.click!).map((t) => t.duration);
				out.longestTaskMs = round(Math.max(0, ...after));
				out.countBefore = String(s.before ?? '').trim();
				out.countAfter = String(s.after ?? '').trim();
				return out;
			}
			await sleep(100);
		}
		out.note = '[data-result-count] did not change within 30 s of the click';
		return out;
	} catch (error) {
		out.note = harnessNote(error);
		return out;
	} finally {
		await browser.dispose(context);
	}
}
