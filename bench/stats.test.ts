import { describe, expect, it } from 'vitest';
import { boundedMedian, median, percentile } from './stats.ts';

describe('stats', () => {
	it('median and nearest-rank percentile', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([null, 5, undefined])).toBe(5);
		expect(median([])).toBeNull();
		const xs = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(xs, 95)).toBe(95);
		expect(percentile([16.7, 16.7, 33.3], 95)).toBe(33.3);
	});

	it('a median over capped runs is a lower bound when it lands on one', () => {
		const cap = { value: 90_000, atLeast: true };
		expect(boundedMedian([cap, cap, { value: 40_000, atLeast: false }])).toEqual(cap);
		expect(
			boundedMedian([cap, { value: 30_000, atLeast: false }, { value: 40_000, atLeast: false }])
		).toEqual({ value: 40_000, atLeast: false });
		expect(boundedMedian([null, null])).toBeNull();
	});
});
