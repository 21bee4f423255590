import { describe, expect, it } from 'vitest';
import { nearestOutside as near, outsideIndex } from './nearest';
import type { TimeWindow } from './scale';

type Ev = { id: string; start: number; end: number };
const nearestOutside = (evs: readonly Ev[], w: TimeWindow) => near(outsideIndex(evs), w);
const ev = (id: string, start: number, end = start) => ({ id, start, end });
const events = [ev('a', 10), ev('b', 20, 30), ev('c', 80), ev('d', 95)];

describe('nearestOutside', () => {
	it('finds the nearest event on each side of an empty window', () => {
		const around = nearestOutside(events, { start: 40, end: 70 });
		expect(around?.before?.id).toBe('b');
		expect(around?.after?.id).toBe('c');
	});

	it('is null while any event overlaps the window, a range included', () => {
		expect(nearestOutside(events, { start: 25, end: 28 })).toBeNull();
		expect(nearestOutside(events, { start: 79, end: 85 })).toBeNull();
		// Touching counts: b ends as the window starts, c starts as it ends.
		expect(nearestOutside(events, { start: 30, end: 35 })).toBeNull();
		expect(nearestOutside(events, { start: 75, end: 80 })).toBeNull();
	});

	it('has one side only at either end of the data, and nothing without events', () => {
		expect(nearestOutside(events, { start: 0, end: 5 })).toEqual({
			before: null,
			after: events[0]
		});
		expect(nearestOutside(events, { start: 100, end: 120 })?.before?.id).toBe('d');
		expect(nearestOutside([], { start: 0, end: 5 })).toBeNull();
	});

	it('takes the latest end before the window, whatever the order of the list', () => {
		const around = nearestOutside([ev('long', 0, 60), ev('late', 50)], { start: 70, end: 90 });
		expect(around?.before?.id).toBe('long');
	});

	it('answers as a walk over every event would, for shuffled events and windows', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1000;
		for (let round = 0; round < 200; round++) {
			const list = Array.from({ length: 1 + (round % 12) }, (_, i) => {
				const start = Math.round(rand());
				return ev(`e${i}`, start, i % 3 ? start : start + Math.round(rand() / 10));
			});
			const a = Math.round(rand());
			const w = { start: a, end: a + Math.round(rand() / 20) };
			const overlaps = list.some((e) => e.end >= w.start && e.start <= w.end);
			const got = nearestOutside(list, w);
			if (overlaps) {
				expect(got).toBeNull();
				continue;
			}
			const ends = list.filter((e) => e.end < w.start).map((e) => e.end);
			const starts = list.filter((e) => e.start > w.end).map((e) => e.start);
			expect(got?.before?.end ?? null).toBe(ends.length ? Math.max(...ends) : null);
			expect(got?.after?.start ?? null).toBe(starts.length ? Math.min(...starts) : null);
		}
	});
});
