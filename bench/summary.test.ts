import { describe, expect, it } from 'vitest';
import {
	combineLongTasks,
	describeRun,
	longestInteractionTask,
	emptySize,
	mediansOf,
	ratioOf,
	summariseLongTasks,
	summariseSize
} from './summary.ts';
import { runResult as run } from './fixtures.ts';
import type { PhaseResult } from './types.ts';

const phase = (
	p95: number,
	tasks: number[],
	complete = true,
	longestTaskMs: number | null = null
): PhaseResult => ({
	steps: 20,
	stepsPlanned: 20,
	complete,
	durationMs: 1000,
	mainThread: {
		frames: 60,
		p50Ms: 2,
		p95Ms: p95,
		maxMs: p95,
		longestTaskMs,
		busyMs: 200,
		windowMs: 1000
	},
	longTasks: summariseLongTasks(
		tasks.map((duration, i) => ({ start: i * 100, duration })),
		0,
		1e9
	),
	view: null
});

describe('long tasks', () => {
	it('counts only the tasks that started inside the window', () => {
		const tasks = [
			{ start: 5, duration: 60 },
			{ start: 50, duration: 120 },
			{ start: 100, duration: 70 }
		];
		expect(summariseLongTasks(tasks, 10, 100)).toEqual({ count: 1, maxMs: 120, totalMs: 120 });
		expect(summariseLongTasks(tasks, 0, 1000)).toEqual({ count: 3, maxMs: 120, totalMs: 250 });
		expect(summariseLongTasks([], 0, 1000)).toEqual({ count: 0, maxMs: null, totalMs: 0 });
	});

	it('adds up zoom and pan, and is null when neither ran', () => {
		expect(combineLongTasks([phase(16.7, [60, 90]), phase(16.7, [210])])).toEqual({
			count: 3,
			maxMs: 210,
			totalMs: 360
		});
		expect(combineLongTasks([phase(16.7, []), null])).toEqual({
			count: 0,
			maxMs: null,
			totalMs: 0
		});
		expect(combineLongTasks([null, null])).toBeNull();
	});
});

describe('medians and ratios', () => {
	it('takes medians over the runs that drew; a capped median is a lower bound', () => {
		const runs = [
			run('vis', { firstFrameMs: 40_000 }),
			run('vis', { drew: false, timedOut: true, firstFrameMs: null, heapUsedBytes: null }),
			run('vis', { drew: false, timedOut: true, firstFrameMs: null, heapUsedBytes: null })
		];
		const m = mediansOf(runs);
		expect(m).toMatchObject({ runs: 3, drew: 1, timedOut: 2, heapUsedMB: 20 });
		expect(m.firstFrameMs).toEqual({ value: 30_000, atLeast: true });
	});

	it('keeps the worst run’s longest interaction task beside the median', () => {
		const runs = [10, 50, 300].map((ms) =>
			run('causeway', { zoom: phase(4, [], true, ms), pan: phase(4, [], true, ms / 2) })
		);
		const m = mediansOf(runs);
		expect(m.interactionMaxLongTaskMs).toBe(50);
		expect(m.interactionMaxLongTaskMsWorst).toBe(300);
	});

	it('takes a run’s longest task from its traces, else from the long tasks it observed', () => {
		expect(longestInteractionTask(run('causeway'))).toBeNull();
		const traced = run('causeway', { zoom: phase(4, [], true, 30), pan: phase(4, [], true, 80) });
		expect(longestInteractionTask(traced)).toBe(80);
		const untraced = { ...phase(4, [120, 60]), mainThread: null };
		expect(longestInteractionTask(run('causeway', { zoom: untraced, pan: null }))).toBe(120);
		expect(
			longestInteractionTask(
				run('causeway', { zoom: { ...untraced, longTasks: summariseLongTasks([], 0, 1) } })
			)
		).toBe(0);
	});

	it('says whether every run finished its zoom and pan', () => {
		const done = run('causeway', { zoom: phase(16.7, []), pan: phase(16.7, []) });
		const capped = run('causeway', { zoom: phase(50, [], false), pan: phase(16.7, []) });
		expect(mediansOf([done, done]).zoomComplete).toBe(true);
		expect(mediansOf([done, capped])).toMatchObject({ zoomComplete: false, panComplete: true });
		expect(mediansOf([run('causeway')]).zoomComplete).toBeNull();
	});

	it('turns a bound on either side into a bound on the ratio', () => {
		expect(ratioOf(1000, 4000)).toEqual({ value: 0.25, kind: 'exact' });
		expect(ratioOf(1000, { value: 90_000, atLeast: true })).toEqual({
			value: 0.011,
			kind: 'atMost'
		});
		expect(ratioOf({ value: 30_000, atLeast: true }, 1000)).toEqual({ value: 30, kind: 'atLeast' });
		expect(ratioOf({ value: 1, atLeast: true }, { value: 1, atLeast: true })).toBeNull();
		expect(ratioOf(1000, 0)).toBeNull();
		expect(ratioOf(null, 1000)).toBeNull();
	});

	it('fills a size’s medians and the ratios to each anchor from its runs', () => {
		const size = emptySize(1000);
		size.runs.push(
			run('causeway', { firstFrameMs: 200, zoom: phase(4, []) }),
			run('vis', { firstFrameMs: 1000, heapUsedBytes: 80e6, zoom: phase(8, []) }),
			run('tl', { firstFrameMs: 4000, heapUsedBytes: 40e6, zoom: phase(40, []) }),
			run('tl', { drew: false, timedOut: true, firstFrameMs: null, capMs: 60_000 })
		);
		size.filter.push({
			size: 1000,
			run: 1,
			url: '/',
			actor: 'a',
			ms: 42,
			rafMs: 30,
			countBefore: '1000',
			countAfter: '300',
			note: null
		});
		summariseSize(size);
		expect(size.median.causeway.firstFrameMs).toEqual({ value: 200, atLeast: false });
		expect(size.median.filterMs).toBe(42);
		expect(size.median.causeway.zoomP95Ms).toBe(4);
		expect(size.ratio.vis.firstFrame).toEqual({ value: 0.2, kind: 'exact' });
		expect(size.ratio.vis.heap).toEqual({ value: 0.25, kind: 'exact' });
		expect(size.ratio.vis.zoomP95).toEqual({ value: 0.5, kind: 'exact' });
		expect(size.ratio.vis.panP95).toBeNull();
		// TimelineJS: one run at 4 s, one stopped at its 60 s cap: the median is at least 32 s.
		expect(size.median.tl.firstFrameMs).toEqual({ value: 32_000, atLeast: true });
		expect(size.ratio.tl.firstFrame).toEqual({ value: 0.006, kind: 'atMost' });
		expect(size.ratio.tl.zoomP95).toEqual({ value: 0.1, kind: 'exact' });
	});
});

describe('describeRun', () => {
	it('names what a run measured, and why a run drew nothing', () => {
		const line = describeRun(run('causeway', { zoom: phase(7.5, [], true, 31) }));
		expect(line).toContain('first frame 100 ms · 1000 marks · heap 20.0 MB');
		expect(line).toContain('zoom 2/7.5 ms');
		expect(line).toContain('longest task in interaction 31 ms');
		expect(line).toContain('pan —');
		const none = run('vis', { drew: false, timedOut: true, notes: ['stopped there'] });
		expect(describeRun(none)).toBe('no events drawn (> 30 s): stopped there');
	});
});
