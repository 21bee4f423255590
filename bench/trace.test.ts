import { describe, expect, it } from 'vitest';
import {
	mainThreadWork,
	markWindow,
	pageMainThread,
	topLevelTasks,
	type TraceEvent
} from './trace.ts';

const MAIN = { pid: 10, tid: 10 };
const meta = (pid: number, tid: number, name: string): TraceEvent => ({
	name: 'thread_name',
	ph: 'M',
	pid,
	tid,
	ts: 0,
	args: { name }
});
/** A task on the main thread, times in ms. */
const task = (start: number, ms: number, name = 'ThreadControllerImpl::RunTask'): TraceEvent => ({
	name,
	ph: 'X',
	...MAIN,
	ts: start * 1000,
	dur: ms * 1000
});
const frame = (at: number, thread = MAIN): TraceEvent => ({
	name: 'BeginMainThreadFrame',
	ph: 'I',
	...thread,
	ts: at * 1000
});
const mark = (name: string, at: number): TraceEvent => ({ name, ph: 'R', ...MAIN, ts: at * 1000 });

const header = [
	meta(10, 10, 'CrRendererMain'),
	meta(20, 20, 'CrRendererMain'),
	meta(1, 1, 'CrBrowserMain')
];

describe('pageMainThread', () => {
	it('picks the renderer main thread that began the most frames', () => {
		const other = { pid: 20, tid: 20 };
		const events = [...header, frame(1, other), frame(2), frame(3), frame(4, { pid: 1, tid: 1 })];
		expect(pageMainThread(events)).toEqual(MAIN);
		expect(pageMainThread([...header, frame(1, other)])).toEqual(other);
	});

	it('is null when no renderer began a frame', () => {
		expect(pageMainThread(header)).toBeNull();
		expect(pageMainThread([frame(1)])).toBeNull();
	});
});

describe('topLevelTasks', () => {
	it('keeps only outermost tasks, once each (DevTools and toplevel name the same task)', () => {
		const events = [
			task(10, 5),
			task(10, 5, 'RunTask'),
			task(11, 2),
			task(20, 1),
			{ ...task(30, 4), tid: 99 },
			{ ...task(40, 4), ph: 'B' }
		];
		expect(topLevelTasks(events, MAIN)).toEqual([
			{ start: 10_000, end: 15_000 },
			{ start: 20_000, end: 21_000 }
		]);
	});
});

describe('markWindow', () => {
	it('spans the first start mark to the first end mark after it', () => {
		const events = [mark('end', 1), mark('start', 5), mark('end', 9), mark('end', 12)];
		expect(markWindow(events, 'start', 'end')).toEqual({ start: 5000, end: 9000 });
		expect(markWindow([mark('start', 5)], 'start', 'end')).toBeNull();
		expect(markWindow([mark('end', 5)], 'start', 'end')).toBeNull();
	});
});

describe('mainThreadWork', () => {
	it('sums the main thread’s task time from each frame’s start to the next, inside the window', () => {
		const events = [
			...header,
			task(0, 50), // before the window: not a frame's, but clipped out
			frame(100),
			task(101, 2),
			task(104, 3),
			frame(116),
			task(117, 30), // runs past the next frame's start: split at the window's end
			frame(200),
			task(201, 1),
			task(230, 10)
		];
		const w = mainThreadWork(events, { start: 90_000, end: 235_000 })!;
		expect(w.frames).toBe(3);
		// Frames: 5 ms, 30 ms, 1 + 5 (the last task cut at the window's end) = 6 ms.
		expect(w).toMatchObject({ p50Ms: 6, p95Ms: 30, maxMs: 30, longestTaskMs: 30 });
		expect(w.busyMs).toBe(41);
		expect(w.windowMs).toBe(145);
	});

	it('counts one long task as one long frame, and takes the whole trace without a window', () => {
		const events = [...header, frame(0), task(1, 400), frame(402), task(403, 2)];
		const w = mainThreadWork(events, null)!;
		expect(w).toMatchObject({ frames: 2, p50Ms: 2, p95Ms: 400, maxMs: 400, longestTaskMs: 400 });
		expect(w.windowMs).toBe(405);
	});

	it('reports no frames when the page began none in the window, and null without a renderer', () => {
		const events = [...header, frame(5), task(50, 3)];
		expect(mainThreadWork(events, { start: 40_000, end: 60_000 })).toEqual({
			frames: 0,
			p50Ms: null,
			p95Ms: null,
			maxMs: null,
			longestTaskMs: 3,
			busyMs: 3,
			windowMs: 20
		});
		expect(mainThreadWork([task(1, 1)], null)).toBeNull();
	});
});
