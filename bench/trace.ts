/**
 * Main-thread work per frame, from a Chrome trace (`devtools.timeline` categories, recorded by
 * tracing.ts). Pure.
 *
 * The page's main thread is the renderer main thread (`CrRendererMain`) that began the most
 * frames. A frame starts at its `BeginMainThreadFrame`; the frame's work is the time the main
 * thread spent in top-level tasks (`ThreadControllerImpl::RunTask`, category `toplevel`; or
 * DevTools' `RunTask`, the same tasks) from that start to the next frame's start, so input
 * handling, script, style, layout and paint all count and idle time does not. Only what lies
 * inside the phase's window (two `performance.mark`s, or the whole trace) is counted.
 */
import { percentile, round } from './stats.ts';

/** The fields of a Chrome trace event that are read here (timestamps and durations in µs). */
export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	cat?: string;
	args?: { name?: string };
}

export interface MainThreadWork {
	/** Frames begun on the main thread during the window. */
	frames: number;
	/** Main-thread task time per frame (ms): median, p95 (nearest rank), worst. */
	p50Ms: number | null;
	p95Ms: number | null;
	maxMs: number | null;
	/** The longest top-level task that started in the window, in ms. */
	longestTaskMs: number | null;
	/** Main-thread task time in the window, in ms, and the window's length. */
	busyMs: number;
	windowMs: number;
}

/** The pid/tid of the renderer main thread that began the most frames, or null. */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
	const mains = new Set<string>();
	for (const e of events) {
		if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
			mains.add(`${e.pid}/${e.tid}`);
		}
	}
	const frames = new Map<string, number>();
	for (const e of events) {
		const key = `${e.pid}/${e.tid}`;
		if (e.name === 'BeginMainThreadFrame' && mains.has(key)) {
			frames.set(key, (frames.get(key) ?? 0) + 1);
		}
	}
	let best: string | null = null;
	for (const [key, n] of frames) if (best === null || n > frames.get(best)!) best = key;
	if (best === null) return null;
	const [pid, tid] = best.split('/').map(Number);
	return { pid, tid };
}

/** The window between the first `from` mark and the first `to` mark after it (µs), if both exist. */
export function markWindow(
	events: readonly TraceEvent[],
	from: string,
	to: string
): { start: number; end: number } | null {
	const start = events.find((e) => e.name === from)?.ts;
	if (start === undefined) return null;
	const end = events.find((e) => e.name === to && e.ts >= start)?.ts;
	return end === undefined ? null : { start, end };
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Top-level task intervals of one thread, sorted; a task nested in (or the same as) another is dropped. */
export function topLevelTasks(
	events: readonly TraceEvent[],
	thread: { pid: number; tid: number }
): { start: number; end: number }[] {
	const tasks = events
		.filter(
			(e) =>
				TASKS.has(e.name) &&
				e.ph === 'X' &&
				e.pid === thread.pid &&
				e.tid === thread.tid &&
				typeof e.dur === 'number'
		)
		.map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: { start: number; end: number }[] = [];
	for (const t of tasks) {
		if (out.length && t.start < out[out.length - 1].end) continue;
		out.push(t);
	}
	return out;
}

const overlap = (t: { start: number; end: number }, a: number, b: number) =>
	Math.max(0, Math.min(t.end, b) - Math.max(t.start, a));

/** Main-thread work per frame in `window` (µs; the whole trace when null). */
export function mainThreadWork(
	events: readonly TraceEvent[],
	window: { start: number; end: number } | null
): MainThreadWork | null {
	const thread = pageMainThread(events);
	if (!thread) return null;
	// Loops, not Math.min(...xs): a trace can hold more events than a call has arguments.
	let start = window?.start ?? Infinity;
	let end = window?.end ?? -Infinity;
	if (!window) {
		for (const e of events) {
			if (e.ph === 'M') continue;
			start = Math.min(start, e.ts);
			end = Math.max(end, e.ts + (e.dur ?? 0));
		}
	}
	const tasks = topLevelTasks(events, thread);
	const begins = events
		.filter(
			(e) =>
				e.name === 'BeginMainThreadFrame' &&
				e.pid === thread.pid &&
				e.tid === thread.tid &&
				e.ts >= start &&
				e.ts < end
		)
		.map((e) => e.ts)
		.sort((a, b) => a - b);
	const perFrame = begins.map((b, i) => {
		const next = begins[i + 1] ?? end;
		return tasks.reduce((s, t) => s + overlap(t, b, next), 0) / 1000;
	});
	const inWindow = tasks.filter((t) => t.start >= start && t.start < end);
	const ms = (x: number | null) => round(x, 2);
	return {
		frames: perFrame.length,
		p50Ms: ms(percentile(perFrame, 50)),
		p95Ms: ms(percentile(perFrame, 95)),
		maxMs: perFrame.length ? ms(perFrame.reduce((m, x) => Math.max(m, x), 0)) : null,
		longestTaskMs: inWindow.length
			? ms(inWindow.reduce((m, t) => Math.max(m, t.end - t.start), 0) / 1000)
			: null,
		busyMs: ms(tasks.reduce((s, t) => s + overlap(t, start, end), 0) / 1000) ?? 0,
		windowMs: ms((end - start) / 1000) ?? 0
	};
}
