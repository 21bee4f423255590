import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import {
	DAY,
	DEFAULT_WINDOW,
	centreOn,
	clampWindow,
	dataBounds,
	ensureVisible,
	focusWindow,
	isValidWindow,
	panWindow,
	windowToScale,
	zoomWindow,
	alignWindow,
	dragWindow,
	panByPixels,
	pinchWindow,
	pixelsToTime,
	revealWith,
	wheelZoomFactor,
	zoomToSpan,
	type TimeWindow
} from './scale';

const d = (y: number, m = 1, day = 1) => Date.UTC(y, m - 1, day);
const win = (start: number, end: number): TimeWindow => ({ start, end });

describe('dataBounds', () => {
	it('falls back to the year 2000 for empty or unusable input', () => {
		expect(dataBounds([])).toEqual({ start: d(2000), end: d(2001) });
		expect(dataBounds([{ start: NaN, end: 5 }])).toEqual(DEFAULT_WINDOW);
	});

	it.each([
		{
			name: 'a single day gets ±30 days',
			items: [{ start: d(2024, 6, 4), end: d(2024, 6, 5) }],
			want: win(d(2024, 6, 4) - 30 * DAY, d(2024, 6, 5) + 30 * DAY)
		},
		{
			name: '100 days get the 15-day minimum (4% would be 4 days)',
			items: [{ start: d(2024, 1, 1), end: d(2024, 1, 1) + 100 * DAY }],
			want: win(d(2024, 1, 1) - 15 * DAY, d(2024, 1, 1) + 115 * DAY)
		},
		{
			name: 'ten years get 4% of the span',
			items: [
				{ start: d(2010), end: d(2011) },
				{ start: d(2019), end: d(2020) }
			],
			want: win(d(2010) - 0.04 * (d(2020) - d(2010)), d(2020) + 0.04 * (d(2020) - d(2010)))
		}
	])('$name', ({ items, want }) => {
		const got = dataBounds(items);
		expect(got.start).toBeCloseTo(want.start, -1);
		expect(got.end).toBeCloseTo(want.end, -1);
	});

	it('uses the extent of all items, ignoring non-finite ones and reading reversed ends', () => {
		const got = dataBounds(
			[
				{ start: d(2020), end: d(2021) },
				{ start: d(2024), end: d(2023) },
				{ start: NaN, end: d(2090) }
			],
			0.5
		);
		const span = d(2024) - d(2020);
		expect(got).toEqual({ start: d(2020) - span / 2, end: d(2024) + span / 2 });
	});
});

describe('clampWindow', () => {
	const bounds = win(d(2020), d(2030));
	it.each([
		{ name: 'inside stays put', w: win(d(2022), d(2023)), want: win(d(2022), d(2023)) },
		{ name: 'wider than bounds becomes bounds', w: win(d(2010), d(2040)), want: bounds },
		{
			name: 'too narrow grows to minSpan about its centre',
			w: win(d(2025), d(2025) + DAY / 2),
			want: win(d(2025) + DAY / 4 - DAY, d(2025) + DAY / 4 + DAY)
		},
		{
			name: 'before the start shifts right keeping its span',
			w: win(d(2019), d(2021)),
			want: win(d(2020), d(2020) + d(2021) - d(2019))
		},
		{
			name: 'after the end shifts left keeping its span',
			w: win(d(2029), d(2031)),
			want: win(d(2030) - (d(2031) - d(2029)), d(2030))
		},
		{ name: 'an invalid window yields bounds', w: win(5, 5), want: bounds },
		{ name: 'NaN yields bounds', w: win(NaN, d(2022)), want: bounds }
	])('$name', ({ w, want }) => {
		expect(clampWindow(w, bounds)).toEqual(want);
	});

	it('lets bounds win over a minSpan larger than them', () => {
		const small = win(0, DAY);
		expect(clampWindow(win(0, DAY / 10), small, DAY * 5)).toEqual(small);
	});

	it('only enforces minSpan when bounds are invalid', () => {
		expect(clampWindow(win(0, DAY), win(3, 3), 4 * DAY)).toEqual(win(-1.5 * DAY, 2.5 * DAY));
	});
});

describe('zoomWindow', () => {
	const w = win(0, 1000);
	it.each([
		{ factor: 2, anchor: 0.5, want: win(250, 750) },
		{ factor: 2, anchor: 0, want: win(0, 500) },
		{ factor: 2, anchor: 1, want: win(500, 1000) },
		{ factor: 4, anchor: 0.2, want: win(150, 400) },
		{ factor: 0.5, anchor: 0.5, want: win(-500, 1500) },
		{ factor: 0, anchor: 0.5, want: w },
		{ factor: -2, anchor: 0.5, want: w },
		{ factor: NaN, anchor: 0.5, want: w },
		{ factor: 2, anchor: NaN, want: win(250, 750) }
	])('factor $factor at anchor $anchor', ({ factor, anchor, want }) => {
		expect(zoomWindow(w, factor, anchor)).toEqual(want);
	});

	it('keeps the anchored instant at the same fraction', () => {
		const base = win(d(2020), d(2024));
		const anchor = 0.3;
		const pinned = base.start + anchor * (base.end - base.start);
		const z = zoomWindow(base, 3, anchor);
		expect(z.start + anchor * (z.end - z.start)).toBeCloseTo(pinned, -1);
		expect(z.end - z.start).toBeCloseTo((base.end - base.start) / 3, -1);
	});
});

describe('panWindow and centreOn', () => {
	it.each([
		{ fraction: 0.5, want: win(500, 1500) },
		{ fraction: -1, want: win(-1000, 0) },
		{ fraction: 0, want: win(0, 1000) },
		{ fraction: NaN, want: win(0, 1000) }
	])('pans by $fraction of the span', ({ fraction, want }) => {
		expect(panWindow(win(0, 1000), fraction)).toEqual(want);
	});

	it('centres keeping the span', () => {
		expect(centreOn(win(0, 1000), 5000)).toEqual(win(4500, 5500));
		expect(centreOn(win(0, 1000), NaN)).toEqual(win(0, 1000));
	});
});

describe('windowToScale', () => {
	it('maps the window onto [0, width] in UTC', () => {
		const s = windowToScale(win(d(2024), d(2025)), 366);
		expect(s(d(2024))).toBe(0);
		expect(s(d(2025))).toBe(366);
		expect(s(d(2024, 2, 1))).toBeCloseTo(31);
		expect(s.invert(183)).toBe(d(2024, 7, 2));
	});

	it('gives the very numbers of d3’s scaleLinear, both ways, at any zoom', () => {
		for (const [a, b, width] of [
			[d(2015), d(2025), 1280],
			[d(2024, 2, 26), d(2024, 2, 27), 375],
			[-5e12, 3e12, 911]
		]) {
			const ours = windowToScale(win(a, b), width);
			const theirs = scaleLinear().domain([a, b]).range([0, width]);
			for (const t of [a, b, a + (b - a) / 3, b + 12_345_678, a - 1])
				expect(ours(t)).toBe(theirs(t));
			for (const x of [0, width, 1, 333.3, -20]) expect(ours.invert(x)).toBe(theirs.invert(x));
		}
		expect(windowToScale(win(0, DAY), 0).invert(10)).toBe(
			scaleLinear().domain([0, DAY]).range([0, 0]).invert(10)
		);
	});

	it('survives zero or NaN width and an empty window', () => {
		expect(windowToScale(win(0, DAY), 0)(DAY / 2)).toBe(0);
		expect(windowToScale(win(0, DAY), NaN)(DAY / 2)).toBe(0);
		const s = windowToScale(win(DAY, DAY), 100);
		expect(Number.isFinite(s(DAY))).toBe(true);
		expect(isValidWindow(win(DAY, DAY))).toBe(false);
	});
});

describe('ensureVisible', () => {
	const w = win(0, 1000); // margin 0.1 = 100 a side
	it('returns the same window when the item is already inside the margins', () => {
		expect(ensureVisible(w, 100, 900)).toBe(w);
		expect(ensureVisible(w, 500, 500)).toBe(w);
	});

	it.each([
		{ name: 'pans right just enough', start: 950, end: 990, want: win(90, 1090) },
		{ name: 'pans left just enough', start: -300, end: -200, want: win(-400, 600) },
		{ name: 'pans right for an item far away', start: 5000, end: 5100, want: win(4200, 5200) },
		{
			name: 'centres an item that fits but not with margins',
			start: 0,
			end: 900,
			want: win(-50, 950)
		},
		{
			name: 'zooms out for an item wider than the window',
			start: 0,
			end: 1600,
			want: win(-200, 1800)
		},
		{ name: 'reads reversed ends', start: 990, end: 950, want: win(90, 1090) }
	])('$name', ({ start, end, want }) => {
		expect(ensureVisible(w, start, end)).toEqual(want);
	});

	it('honours a custom margin and ignores NaN', () => {
		expect(ensureVisible(w, 1000, 1100, 0)).toEqual(win(100, 1100));
		expect(ensureVisible(w, NaN, 5)).toBe(w);
	});
});

describe('focusWindow', () => {
	const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
	const at = (t: number) => ({ start: t, end: t + DAY });

	it('skips a few early outliers when the rest is much denser', () => {
		const items = [
			at(day(2015, 4, 20)),
			...Array.from({ length: 20 }, (_, i) => at(day(2022, 1, 1) + i * 30 * DAY))
		];
		const w = focusWindow(items);
		expect(w.start).toBeGreaterThan(day(2021, 6, 1));
		// The first event after the outlier is still in view.
		expect(w.start).toBeLessThan(day(2022, 1, 1));
		expect(w.end).toBeGreaterThan(items[items.length - 1].end);
		expect(w.end).toBeLessThanOrEqual(dataBounds(items).end);
	});

	it('is the full bounds when events are spread evenly, or few', () => {
		const even = Array.from({ length: 20 }, (_, i) => at(day(2000 + i, 1, 1)));
		expect(focusWindow(even)).toEqual(dataBounds(even));
		const few = [at(day(2015, 1, 1)), at(day(2024, 1, 1))];
		expect(focusWindow(few)).toEqual(dataBounds(few));
	});
});

describe('gesture arithmetic', () => {
	const w = win(d(2024, 1, 1), d(2024, 1, 1) + 100 * DAY);

	it('converts pixels to time on the current window', () => {
		expect(pixelsToTime(250, 1000, w)).toBe(25 * DAY);
		expect(pixelsToTime(10, 0, w)).toBe(0);
		expect(pixelsToTime(NaN, 1000, w)).toBe(0);
	});

	it('pans by pixels: dragging right by a quarter of the width shows 25 days earlier', () => {
		expect(panByPixels(w, -250, 1000)).toEqual(win(w.start - 25 * DAY, w.end - 25 * DAY));
		expect(panByPixels(w, 100, 1000)).toEqual(win(w.start + 10 * DAY, w.end + 10 * DAY));
	});

	it('a wheel turned away from the reader zooms in, a notch by at most 1.35×', () => {
		expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
		expect(wheelZoomFactor(100)).toBeLessThan(1);
		expect(wheelZoomFactor(-120)).toBeCloseTo(Math.exp(0.3));
		expect(wheelZoomFactor(-1000)).toBeCloseTo(Math.exp(0.3));
		// A pinch's small steps add up smoothly: ten of 3 px zoom as one of 30 px.
		expect(wheelZoomFactor(-3) ** 10).toBeCloseTo(wheelZoomFactor(-30));
		expect(wheelZoomFactor(NaN)).toBe(1);
	});

	it('a pinch keeps the instants under both fingers under them', () => {
		// Fingers at 40% and 60% spread to 20% and 80%: three times closer in, same centre.
		const next = pinchWindow(w, [0.4, 0.6], [0.2, 0.8])!;
		const at = (x: number, v: TimeWindow) => v.start + x * (v.end - v.start);
		expect(at(0.2, next)).toBeCloseTo(at(0.4, w), -3);
		expect(at(0.8, next)).toBeCloseTo(at(0.6, w), -3);
		expect(next.end - next.start).toBeCloseTo((w.end - w.start) / 3, -3);
		// Fingers too close together give no stable scale.
		expect(pinchWindow(w, [0.5, 0.505], [0.2, 0.8])).toBeNull();
	});

	it('drags the brush: the middle moves, an edge resizes and never crosses the other', () => {
		expect(dragWindow(w, 'move', DAY)).toEqual(win(w.start + DAY, w.end + DAY));
		expect(dragWindow(w, 'left', 10 * DAY)).toEqual(win(w.start + 10 * DAY, w.end));
		expect(dragWindow(w, 'right', -10 * DAY)).toEqual(win(w.start, w.end - 10 * DAY));
		expect(dragWindow(w, 'left', 1000 * DAY)).toEqual(win(w.end - 1, w.end));
		expect(dragWindow(w, 'right', -1000 * DAY)).toEqual(win(w.start, w.start + 1));
	});

	it('aligns a window with the start or the end of the bounds, keeping its span', () => {
		const bounds = win(d(2020), d(2025));
		expect(alignWindow(w, bounds, 'start')).toEqual(win(d(2020), d(2020) + 100 * DAY));
		expect(alignWindow(w, bounds, 'end')).toEqual(win(d(2025) - 100 * DAY, d(2025)));
	});

	it('zooms to a cluster: centred on it, eight times its length, at most 16× in', () => {
		const c = { start: d(2024, 2, 1), end: d(2024, 2, 1) + 4 * DAY };
		expect(zoomToSpan(w, c.start, c.end)).toEqual(win(c.start - 14 * DAY, c.end + 14 * DAY));
		// A one-day cluster in a 100-day window: 100 / 16 days wide, not 8 days.
		const one = zoomToSpan(w, c.start, c.start + DAY);
		expect(one.end - one.start).toBe((100 * DAY) / 8);
	});

	it("reveals a stub's far end while keeping its near end in view", () => {
		const here = { start: w.start + 90 * DAY, end: w.start + 91 * DAY };
		const far = { start: w.end + 5 * DAY, end: w.end + 6 * DAY };
		const next = revealWith(w, far, here);
		expect(next.end - next.start).toBe(w.end - w.start);
		expect(next.start).toBeLessThanOrEqual(here.start);
		expect(next.end).toBeGreaterThanOrEqual(far.end);
		// Already in view: the same object back, so nothing is written.
		expect(revealWith(w, here, undefined)).toBe(w);
	});
});
