import { describe, expect, it } from 'vitest';
import { edtf } from '../model/dates';
import { POINT_RADIUS, markExtent, markGeometry } from './marks';
import { windowToScale } from './scale';

/** 2024 is a leap year: 366 days at 10 px a day. */
const scale = windowToScale({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) }, 3660);
/** x of the start of a 2024 day, from its day-of-year index (0 = 1 January). */
const px = (dayIndex: number) => dayIndex * 10;
const JUNE_1 = 152;

function event(id: string, date: string, endDate?: string) {
	const d = edtf(date);
	const e = endDate ? edtf(endDate) : undefined;
	return { id, date: d, endDate: e, start: d.start, end: e ? e.end : d.end };
}

describe('markGeometry', () => {
	it.each([
		{
			name: 'an exact day is a point at the middle of the day',
			ev: event('a', '2024-06-04'),
			want: { shape: 'point', x0: px(155.5), x1: px(155.5), cx: px(155.5), fuzzy: false }
		},
		{
			name: 'a month covers exactly its pixels',
			ev: event('b', '2024-06'),
			want: { shape: 'span', x0: px(JUNE_1), x1: px(JUNE_1 + 30), cx: px(JUNE_1 + 15), fuzzy: true }
		},
		{
			name: 'a year covers the whole year',
			ev: event('c', '2024'),
			want: { shape: 'span', x0: 0, x1: 3660, cx: 1830, fuzzy: true }
		},
		{
			name: 'an approximate day is a fuzzy span over the day',
			ev: event('d', '2024-06-04~'),
			want: { shape: 'span', x0: px(155), x1: px(156), cx: px(155.5), fuzzy: true }
		},
		{
			name: 'an uncertain day is a fuzzy span too',
			ev: event('e', '2024-06-04?'),
			want: { shape: 'span', x0: px(155), x1: px(156), cx: px(155.5), fuzzy: true }
		},
		{
			name: 'a range of exact days is a crisp bar to the end of its last day',
			ev: event('f', '2024-06-04', '2024-06-10'),
			want: { shape: 'bar', x0: px(155), x1: px(162), cx: px(158.5), fuzzy: false }
		},
		{
			name: 'a range ending in a month is a fuzzy bar',
			ev: event('g', '2024-06-04', '2024-07'),
			want: { shape: 'bar', x0: px(155), x1: px(JUNE_1 + 61), cx: px(184), fuzzy: true }
		},
		{
			name: 'a range with an approximate start is a fuzzy bar',
			ev: event('h', '2024-06-04%', '2024-06-10'),
			want: { shape: 'bar', x0: px(155), x1: px(162), cx: px(158.5), fuzzy: true }
		}
	])('$name', ({ ev, want }) => {
		const g = markGeometry(ev, scale);
		expect(g.id).toBe(ev.id);
		expect(g.shape).toBe(want.shape);
		expect(g.fuzzy).toBe(want.fuzzy);
		expect(g.x0).toBeCloseTo(want.x0, 6);
		expect(g.x1).toBeCloseTo(want.x1, 6);
		expect(g.cx).toBeCloseTo(want.cx, 6);
	});

	it('widens narrow spans and bars symmetrically to minWidth', () => {
		const span = markGeometry(event('s', '2024-06-04~'), scale, 30);
		expect([span.x0, span.cx, span.x1]).toEqual([px(155.5) - 15, px(155.5), px(155.5) + 15]);
		const bar = markGeometry(event('b', '2024-06-04', '2024-06-04'), scale, 16);
		expect([bar.x0, bar.cx, bar.x1]).toEqual([px(155.5) - 8, px(155.5), px(155.5) + 8]);
		const wide = markGeometry(event('w', '2024-06'), scale, 30);
		expect(wide.x1 - wide.x0).toBeCloseTo(300);
	});

	it('keeps a month-precise span exactly one month wide whatever the zoom', () => {
		for (const width of [100, 1000, 10_000]) {
			const s = windowToScale({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) }, width);
			const g = markGeometry(event('m', '2024-06'), s, 0);
			expect(g.x0).toBeCloseTo(s(Date.UTC(2024, 5, 1)), 9);
			expect(g.x1).toBeCloseTo(s(Date.UTC(2024, 6, 1)), 9);
		}
	});

	it('orders x0 <= x1 on a reversed scale', () => {
		const g = markGeometry(event('r', '2024-06'), (t) => -scale(t));
		expect(g.x0).toBeLessThan(g.x1);
		expect(g.x0).toBeCloseTo(-px(JUNE_1 + 30));
	});

	it('gives NaN everywhere when the scale cannot place the event', () => {
		for (const ev of [event('p', '2024-06-04'), event('s', '2024-06')]) {
			const g = markGeometry(ev, () => NaN);
			expect([g.x0, g.x1, g.cx].every(Number.isNaN)).toBe(true);
		}
	});
});

describe('markExtent', () => {
	it('grows points by their radius and leaves spans alone', () => {
		const p = markGeometry(event('p', '2024-06-04'), scale);
		expect(markExtent(p)).toEqual({ x0: p.cx - POINT_RADIUS, x1: p.cx + POINT_RADIUS });
		const s = markGeometry(event('s', '2024-06'), scale);
		expect(markExtent(s, 20)).toEqual({ x0: s.x0, x1: s.x1 });
	});
});
