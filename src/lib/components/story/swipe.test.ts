import { describe, expect, it } from 'vitest';
import { MIN_SWIPE, swipeDirection } from './swipe';

describe('swipeDirection', () => {
	it('reads a sideways swipe: left is the next step, right the previous', () => {
		expect(swipeDirection(-MIN_SWIPE - 10, 5)).toBe(1);
		expect(swipeDirection(MIN_SWIPE + 10, -5)).toBe(-1);
	});
	it('ignores short travels and ones that go mostly up or down (scrolling)', () => {
		expect(swipeDirection(-MIN_SWIPE + 1, 0)).toBe(0);
		expect(swipeDirection(-100, 80)).toBe(0);
		expect(swipeDirection(NaN, 0)).toBe(0);
	});
});
