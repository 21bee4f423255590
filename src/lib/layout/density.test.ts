import { describe, expect, it } from 'vitest';
import { density } from './density.ts';

describe('density', () => {
	const bounds = { start: 0, end: 100 };

	it('counts starts per bin and keeps every one inside the range', () => {
		const d = density([0, 1, 2, 50, 99, 150, -5], bounds, 10, 20, 1);
		expect(d.counts).toHaveLength(10);
		expect(d.counts[0]).toBe(3);
		expect(d.counts[5]).toBe(1);
		expect(d.counts[9]).toBe(1);
		expect(d.counts.reduce((a, b) => a + b, 0)).toBe(5);
		expect(d.max).toBe(3);
		expect(d.path.startsWith('M0,20')).toBe(true);
	});

	it('is empty without events or width', () => {
		expect(density([], bounds, 100, 20).path).toBe('');
		expect(density([1, 2], bounds, 0, 20).path).toBe('');
	});
});
