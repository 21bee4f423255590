import { describe, expect, it } from 'vitest';
import { groupItems, groupLabel } from './groups.ts';
import { estimateTextWidth } from './labels.ts';

const DAY = 86_400_000;
const june = Date.UTC(2024, 5, 1);

describe('groupItems', () => {
	it('labels each group with its count and days, and measures that very label', () => {
		// 2,000 events a pixel apart over 20 days: they gather into groups that each say what they hold.
		const items = Array.from({ length: 2000 }, (_, i) => ({
			id: `e${i}`,
			x0: i,
			x1: i + 2,
			start: june + Math.floor(i / 100) * DAY,
			end: june + Math.floor(i / 100) * DAY + DAY
		}));
		const groups = groupItems(items);
		expect(groups.reduce((n, g) => n + g.ids.length, 0)).toBe(2000);
		for (const g of groups) {
			expect(g.label).toBe(groupLabel(g.ids.length, g.start, g.end));
			expect(g.labelWidth).toBeCloseTo(estimateTextWidth(g.label, 12) * 1.15, 6);
		}
		expect(groups[0].label).toMatch(/^[\d,]+ events, \d+(–\d+)? June 2024$/);
	});

	it('writes big counts with separators, and one event in the singular', () => {
		expect(groupLabel(12_345, june, june + 3 * DAY)).toBe('12,345 events, 1–3 June 2024');
		expect(groupLabel(1, june, june + DAY)).toBe('1 event, 1 June 2024');
	});
});
