import { afterEach, describe, expect, it } from 'vitest';
import { DAY, type TimeWindow } from './scale';
import { chooseTickUnit, timeTicks, type TickUnit } from './ticks';

const d = (y: number, m = 1, day = 1) => Date.UTC(y, m - 1, day);
const win = (start: number, end: number): TimeWindow => ({ start, end });
const FINENESS: TickUnit[] = ['decade', 'year', 'quarter', 'month', 'week', 'day'];

describe('chooseTickUnit', () => {
	it.each([
		{ span: 100 * 365 * DAY, unit: 'decade' },
		{ span: 10 * 365 * DAY, unit: 'year' },
		{ span: 1096 * DAY, unit: 'quarter' },
		{ span: 365 * DAY, unit: 'month' },
		{ span: 90 * DAY, unit: 'week' },
		{ span: 14 * DAY, unit: 'day' },
		{ span: 3_600_000, unit: 'day' }
	])('picks $unit for a span of $span ms at 1000 px', ({ span, unit }) => {
		expect(chooseTickUnit(span, 1000)).toBe(unit);
	});

	it('moves from years to months to days as the window shrinks at a fixed width', () => {
		const seen: TickUnit[] = [];
		for (let span = 200 * 365 * DAY; span > DAY; span /= 1.3) {
			seen.push(chooseTickUnit(span, 800));
		}
		const ranks = seen.map((u) => FINENESS.indexOf(u));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(new Set(seen)).toEqual(new Set(FINENESS));
	});

	it('gets coarser when the spacing grows', () => {
		expect(chooseTickUnit(365 * DAY, 1000, 64)).toBe('month');
		expect(chooseTickUnit(365 * DAY, 1000, 300)).toBe('year');
	});

	it.each([
		{ span: 0, width: 800 },
		{ span: NaN, width: 800 },
		{ span: DAY, width: 0 },
		{ span: DAY, width: -5 },
		{ span: DAY, width: NaN }
	])('falls back to decade for span $span and width $width', ({ span, width }) => {
		expect(chooseTickUnit(span, width)).toBe('decade');
	});
});

function labels(w: TimeWindow, width: number) {
	return timeTicks(w, width).ticks.map((t) => t.label);
}

describe('timeTicks', () => {
	it('labels months, with the year on the first tick and on January', () => {
		const { unit, ticks } = timeTicks(win(d(2023, 3), d(2024, 3)), 1000);
		expect(unit).toBe('month');
		expect(ticks.map((t) => t.label)).toEqual([
			'Mar 2023',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec',
			'Jan 2024',
			'Feb'
		]);
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['Jan 2024']);
		expect(ticks[0].x).toBe(0);
		expect(ticks.every((t) => new Date(t.value).getUTCDate() === 1)).toBe(true);
	});

	it.each([
		{
			name: 'decades',
			w: win(d(1905), d(2025)),
			width: 1000,
			unit: 'decade',
			want: [
				'1910s',
				'1920s',
				'1930s',
				'1940s',
				'1950s',
				'1960s',
				'1970s',
				'1980s',
				'1990s',
				'2000s',
				'2010s',
				'2020s'
			]
		},
		{
			name: 'years',
			w: win(d(2018, 7), d(2025, 7)),
			width: 700,
			unit: 'year',
			want: ['2019', '2020', '2021', '2022', '2023', '2024', '2025']
		},
		{
			name: 'quarters',
			w: win(d(2023, 5), d(2025, 2)),
			width: 700,
			unit: 'quarter',
			want: ['Q3 2023', 'Q4', 'Q1 2024', 'Q2', 'Q3', 'Q4', 'Q1 2025']
		},
		{
			name: 'weeks (Mondays)',
			w: win(d(2024, 5, 20), d(2024, 7, 2)),
			width: 600,
			unit: 'week',
			want: ['20 May 2024', '27 May', '3 Jun', '10 Jun', '17 Jun', '24 Jun', '1 Jul']
		},
		{
			name: 'days, the year again at New Year',
			w: win(d(2024, 12, 29), d(2025, 1, 3)),
			width: 500,
			unit: 'day',
			want: ['29 Dec 2024', '30 Dec', '31 Dec', '1 Jan 2025', '2 Jan']
		}
	])('labels $name', ({ w, width, unit, want }) => {
		const got = timeTicks(w, width);
		expect(got.unit).toBe(unit);
		expect(got.ticks.map((t) => t.label)).toEqual(want);
	});

	it('marks ticks that start a larger unit as major', () => {
		const days = timeTicks(win(d(2024, 5, 30), d(2024, 6, 3)), 400).ticks;
		expect(days.map((t) => [t.label, t.major])).toEqual([
			['30 May 2024', false],
			['31 May', false],
			['1 Jun', true],
			['2 Jun', false]
		]);
		const decades = timeTicks(win(d(1890), d(2010)), 1000).ticks;
		expect(decades.filter((t) => t.major).map((t) => t.label)).toEqual(['1900s', '2000s']);
	});

	it('places ticks on the scale and keeps them at least minSpacing apart', () => {
		for (let span = 300 * 365 * DAY; span > DAY / 2; span /= 1.7) {
			const w = win(d(2024, 3, 17) - span / 3, d(2024, 3, 17) + (2 * span) / 3);
			for (const width of [120, 640, 1900]) {
				const { ticks } = timeTicks(w, width);
				for (const t of ticks) {
					expect(t.value).toBeGreaterThanOrEqual(w.start);
					expect(t.value).toBeLessThan(w.end);
					expect(t.x).toBeCloseTo(((t.value - w.start) / span) * width, 4);
					expect(Math.abs(t.value % DAY)).toBe(0);
				}
				for (let i = 1; i < ticks.length; i++) {
					expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThanOrEqual(64 - 1e-9);
				}
			}
		}
	});

	it.each([
		{ name: 'zero width', w: win(d(2020), d(2021)), width: 0 },
		{ name: 'NaN width', w: win(d(2020), d(2021)), width: NaN },
		{ name: 'a zero-span window', w: win(d(2020), d(2020)), width: 800 },
		{ name: 'a NaN window', w: win(NaN, d(2020)), width: 800 }
	])('returns no ticks for $name', ({ w, width }) => {
		expect(timeTicks(w, width).ticks).toEqual([]);
	});

	it('handles a tiny span inside one day', () => {
		const { unit, ticks } = timeTicks(
			win(d(2024, 6, 4) + 3_600_000, d(2024, 6, 4) + 7_200_000),
			800
		);
		expect(unit).toBe('day');
		expect(ticks).toEqual([]);
		expect(labels(win(d(2024, 6, 4) - 1000, d(2024, 6, 4) + 1000), 800)).toEqual(['4 Jun 2024']);
	});

	it('thins out a huge span to round years and stays bounded', () => {
		const { unit, ticks } = timeTicks(win(-8e15, 8e15), 1000);
		expect(unit).toBe('decade');
		expect(ticks.length).toBeGreaterThan(2);
		expect(ticks.length).toBeLessThanOrEqual(1000 / 64 + 1);
		for (let i = 1; i < ticks.length; i++) {
			expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThanOrEqual(64);
		}
		expect(ticks.some((t) => t.label === '0')).toBe(true);
	});
});

describe('timeTicks does not depend on the time zone', () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	it.each(['America/New_York', 'Pacific/Kiritimati', 'Asia/Karachi', 'UTC'])(
		'labels UTC days and months the same in %s',
		(tz) => {
			process.env.TZ = tz;
			const days = labels(win(d(2024, 5, 31), d(2024, 6, 3)), 300);
			const months = labels(win(d(2023, 12), d(2024, 3)), 300);
			expect(days).toEqual(['31 May 2024', '1 Jun', '2 Jun']);
			expect(months).toEqual(['Dec 2023', 'Jan 2024', 'Feb']);
		}
	);

	it('would be shifted by a local-time formatter in New York', () => {
		process.env.TZ = 'America/New_York';
		const midnight = new Date(d(2024, 6, 1));
		// The trap: a local reading of UTC midnight on 1 June is still 31 May here.
		expect(midnight.getDate()).toBe(31);
		expect(labels(win(d(2024, 6, 1), d(2024, 6, 2)), 100)).toEqual(['1 Jun 2024']);
	});
});
