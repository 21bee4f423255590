/**
 * Code that runs inside the page under test (sent with addInitScript / page.evaluate, so each
 * function here must be self-contained): the first-frame watcher and the long-task recorder.
 * Frame cost during interaction comes from a trace (tracing.ts), not from rAF timestamps.
 */

export interface BenchState {
	selector: string;
	/** performance.now() when an event element was first seen. */
	seen: number | null;
	raf: number | null;
	first: number | null;
	longTasks: { start: number; duration: number }[];
}

declare global {
	interface Window {
		__bench?: BenchState;
		__benchError?: string;
		__firstEventsFrame?: number;
		__timeline?: { getWindow(): { start: Date; end: Date } };
		/** Set by instrument(): see `afterNextFrame` there. */
		__benchAfterFrame?: (onFrame: (now: number) => void, onDone: (now: number) => void) => void;
	}
}

/**
 * Installed before any page script (addInitScript): watches for the first event element, then
 * marks the first rAF after it and the task after that rAF (so the frame's style, layout and
 * paint are included); records long tasks from the start.
 */
export function instrument(selector: string) {
	const b: BenchState = {
		selector,
		seen: null,
		raf: null,
		first: null,
		longTasks: []
	};
	window.__bench = b;
	/**
	 * How every "drawn" time is taken: the next rAF (`onFrame`), then the task after it
	 * (`onDone`), so that the frame's style, layout and paint are included.
	 */
	const afterNextFrame = (onFrame: (now: number) => void, onDone: (now: number) => void) =>
		requestAnimationFrame(() => {
			onFrame(performance.now());
			const channel = new MessageChannel();
			channel.port1.onmessage = () => onDone(performance.now());
			channel.port2.postMessage(0);
		});
	window.__benchAfterFrame = afterNextFrame;
	const found = () => {
		if (b.seen !== null || !document.querySelector(selector)) return;
		b.seen = performance.now();
		observer.disconnect();
		afterNextFrame(
			(now) => (b.raf = now),
			(now) => (b.first = now)
		);
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

/** What the watcher has seen so far. */
export function firstFrameSoFar() {
	return {
		first: window.__bench?.first ?? null,
		raf: window.__bench?.raf ?? null,
		mark: window.__firstEventsFrame ?? null,
		error: window.__benchError ?? null
	};
}

export type FirstFrame = ReturnType<typeof firstFrameSoFar>;

/** Long tasks recorded so far, and the page's clock now. */
export function longTasksSoFar() {
	return { tasks: window.__bench!.longTasks, now: performance.now() };
}

/** Marks drawn: matching elements, counting a canvas's hidden marker as the marks it painted. */
export function countMarks(selector: string) {
	let n = 0;
	for (const el of document.querySelectorAll(selector)) {
		const painted = Number(el.getAttribute('data-canvas-painted'));
		n += Number.isFinite(painted) && painted > 0 ? painted : 1;
	}
	return n;
}

/**
 * The centre of the part of `selector` inside a `vw`×`vh` viewport, or null when none of it is
 * in view (a wheel that misses the chart scrolls the page instead).
 */
export function visibleCentre([selector, vw, vh]: readonly [string, number, number]) {
	const el = document.querySelector(selector);
	if (!el) return null;
	const r = el.getBoundingClientRect();
	const x0 = Math.max(0, r.left);
	const y0 = Math.max(0, r.top);
	const x1 = Math.min(vw, r.right);
	const y1 = Math.min(vh, r.bottom);
	if (x1 <= x0 || y1 <= y0) return null;
	return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
}

/**
 * vis-timeline's window as `START/END`; TimelineJS's time axis as `left width` in px; else the
 * page's query (Causeway writes its view there).
 */
export function currentView(page: string) {
	if (page === 'tl') {
		const slider = document.querySelector<HTMLElement>('.tl-timenav-slider');
		return slider ? `${slider.style.left} ${slider.style.width}` : null;
	}
	if (page === 'vis' && window.__timeline) {
		const w = window.__timeline.getWindow();
		return `${w.start.toISOString().slice(0, 10)}/${w.end.toISOString().slice(0, 10)}`;
	}
	return location.search;
}
