import { describe, expect, it } from 'vitest';
import { hitTest } from './hit.ts';
import type { PlacedMark } from './timeline.ts';

const mark = (
	key: string,
	x0: number,
	x1: number,
	y: number,
	labelVisible = false
): PlacedMark => ({
	key,
	eventId: key,
	laneId: null,
	geom: { id: key, shape: 'point', x0, x1, cx: (x0 + x1) / 2, fuzzy: false },
	x0,
	x1,
	y,
	row: 0,
	labelVisible,
	labelX: x1 + 5,
	label: key,
	labelWidth: 60
});

describe('hitTest', () => {
	const marks = [mark('a', 100, 112, 13, true), mark('b', 150, 162, 13), mark('c', 100, 112, 39)];

	it('finds the mark under the point, by row', () => {
		expect(hitTest(marks, 106, 13, 26)?.key).toBe('a');
		expect(hitTest(marks, 106, 40, 26)?.key).toBe('c');
	});

	it('counts a visible label as part of its mark, but prefers the nearer mark', () => {
		expect(hitTest(marks, 140, 13, 26)?.key).toBe('a');
		expect(hitTest(marks, 151, 13, 26)?.key).toBe('b');
	});

	it('misses empty space', () => {
		expect(hitTest(marks, 300, 13, 26)).toBeNull();
		expect(hitTest(marks, 130, 39, 26)).toBeNull();
	});
});
