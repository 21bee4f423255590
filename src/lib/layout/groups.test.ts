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

	it('measures groups of a long run of distinct days exactly as their labels read', () => {
		// One event a day for 3 years, in runs of 40 days 3 px apart with wide gaps between runs:
		// groups span months and years, and no two share their days.
		const start = Date.UTC(2022, 10, 20);
		const items = Array.from({ length: 1100 }, (_, i) => ({
			id: `d${i}`,
			x0: i * 3 + Math.floor(i / 40) * 600,
			x1: i * 3 + Math.floor(i / 40) * 600 + 2,
			start: start + i * DAY,
			end: start + (i + 1) * DAY
		}));
		const groups = groupItems(items);
		expect(groups.length).toBeGreaterThan(10);
		for (const g of groups) {
			expect(g.labelWidth).toBeCloseTo(estimateTextWidth(g.label, 12) * 1.15, 6);
		}
		expect(groups.some((g) => / – .* \d{4} – /.test(g.label) || /\d{4} – \d/.test(g.label))).toBe(
			true
		);
	});
});
