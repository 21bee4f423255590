/**
 * Time-axis ticks: the finest calendar unit that leaves room between ticks, its UTC boundaries
 * inside the window, and labels built from UTC calendar fields (never the reader's time zone).
 */
import { utcDay, utcMonday, utcMonth, type TimeInterval } from 'd3';
import { formatUtc } from '../model/dates.ts';
import { DAY, isValidWindow, windowToScale, type TimeWindow } from './scale';

export type TickUnit = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day';

/** One tick: its instant (UTC ms), its x in px, its label, and whether it starts a larger unit. */
export interface Tick {
	value: number;
	x: number;
	label: string;
	major: boolean;
}

/** Units from finest to coarsest with the shortest interval each can have (so spacing is a floor). */
const UNITS: readonly { unit: TickUnit; shortest: number }[] = [
	{ unit: 'day', shortest: DAY },
	{ unit: 'week', shortest: 7 * DAY },
	{ unit: 'month', shortest: 28 * DAY },
	{ unit: 'quarter', shortest: 90 * DAY },
	{ unit: 'year', shortest: 365 * DAY },
	{ unit: 'decade', shortest: 3652 * DAY }
];

/** Year steps used beyond decades when even decades are too dense. */
const LONG_STEPS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 100_000];

/** The JS Date range limit, in ms either side of the epoch. */
const DATE_LIMIT = 8.64e15;
/** Hard cap on the number of ticks, whatever the width and spacing. */
const MAX_TICKS = 2000;

function spacingFloor(width: number, minSpacing: number): number {
	const s = Number.isFinite(minSpacing) && minSpacing >= 1 ? minSpacing : 1;
	return Math.max(s, width / MAX_TICKS);
}

/**
 * The finest unit whose ticks are at least `minSpacing` px apart when `spanMs` fills `width` px.
 * Falls back to 'decade' when nothing fits and for degenerate input (width or span not positive).
 */
export function chooseTickUnit(spanMs: number, width: number, minSpacing = 64): TickUnit {
	if (!(spanMs > 0) || !(width > 0) || !Number.isFinite(spanMs) || !Number.isFinite(width)) {
		return 'decade';
	}
	const pxPerMs = width / spanMs;
	const min = spacingFloor(width, minSpacing);
	for (const { unit, shortest } of UNITS) {
		if (shortest * pxPerMs >= min) return unit;
	}
	return 'decade';
}

/** Boundaries (UTC ms) in [start, end). */
type Values = (start: number, end: number) => number[];

function every(interval: TimeInterval): Values {
	return (start, end) => interval.range(new Date(start), new Date(end)).map((t) => t.getTime());
}

/** 1 January (UTC) of every year divisible by `step`, in [start, end); exact at any year. */
function yearStarts(start: number, end: number, step: number): number[] {
	const out: number[] = [];
	const from = Math.ceil(new Date(start).getUTCFullYear() / step) * step;
	for (let y = from; out.length <= MAX_TICKS; y += step) {
		const d = new Date(0);
		d.setUTCFullYear(y, 0, 1);
		const t = d.getTime();
		if (!(t < end)) break;
		if (t >= start) out.push(t);
	}
	return out;
}

interface Labeller {
	values: Values;
	label(value: number, first: boolean): { label: string; major: boolean };
}

function labeller(unit: TickUnit, yearStep: number): Labeller {
	switch (unit) {
		case 'decade':
			return {
				values: (start, end) => yearStarts(start, end, yearStep),
				label(value) {
					const y = new Date(value).getUTCFullYear();
					return {
						label: yearStep === 10 ? `${y}s` : String(y),
						major: y % (yearStep * 10) === 0
					};
				}
			};
		case 'year':
			return {
				values: (start, end) => yearStarts(start, end, 1),
				label(value) {
					const y = new Date(value).getUTCFullYear();
					return { label: String(y), major: y % 10 === 0 };
				}
			};
		case 'quarter':
			return {
				values: every(utcMonth.every(3) ?? utcMonth),
				label(value, first) {
					const d = new Date(value);
					const major = d.getUTCMonth() === 0;
					const q = formatUtc(value, 'QQQ');
					return { label: major || first ? `${q} ${d.getUTCFullYear()}` : q, major };
				}
			};
		case 'month':
			return {
				values: every(utcMonth),
				label(value, first) {
					const d = new Date(value);
					const major = d.getUTCMonth() === 0;
					const m = formatUtc(value, 'MMM');
					return { label: major || first ? `${m} ${d.getUTCFullYear()}` : m, major };
				}
			};
		case 'week':
		case 'day':
			return {
				values: every(unit === 'week' ? utcMonday : utcDay),
				label(value, first) {
					const d = new Date(value);
					// Major: the first tick within a month (the 1st, or a month's first Monday).
					const major = unit === 'week' ? d.getUTCDate() <= 7 : d.getUTCDate() === 1;
					const newYear = major && d.getUTCMonth() === 0;
					const dm = formatUtc(value, 'd MMM');
					return { label: first || newYear ? `${dm} ${d.getUTCFullYear()}` : dm, major };
				}
			};
	}
}

/**
 * Ticks for the window at `width` px: the unit from {@link chooseTickUnit} and its UTC boundaries
 * in [start, end). Labels: decade "2020s", year "2024", quarter "Q2" (Q1 and the first tick with
 * the year: "Q1 2024"), month "Jun" ("Jan 2024" on January and the first tick), week and day
 * "3 Jun" (with the year on the first tick and at New Year). `major` marks ticks that start the
 * next larger unit (January, the 1st of a month, a month's first Monday, a round decade or
 * century). Empty for zero width or an invalid window.
 */
export function timeTicks(
	w: TimeWindow,
	width: number,
	minSpacing = 64
): { unit: TickUnit; ticks: Tick[] } {
	const valid = isValidWindow(w);
	const unit = chooseTickUnit(valid ? w.end - w.start : NaN, width, minSpacing);
	if (!valid || !(width > 0) || !Number.isFinite(width)) return { unit, ticks: [] };
	const start = Math.max(w.start, -DATE_LIMIT);
	const end = Math.min(w.end, DATE_LIMIT);
	if (!(end > start)) return { unit, ticks: [] };

	let yearStep = 10;
	if (unit === 'decade') {
		const pxPerYear = (365.2 * DAY * width) / (w.end - w.start);
		const min = spacingFloor(width, minSpacing);
		yearStep = LONG_STEPS.find((s) => s * pxPerYear >= min) ?? LONG_STEPS[LONG_STEPS.length - 1];
	}
	const { values, label } = labeller(unit, yearStep);
	const scale = windowToScale(w, width);
	const ticks: Tick[] = [];
	for (const value of values(start, end)) {
		if (ticks.length >= MAX_TICKS) break;
		ticks.push({ value, x: scale(value), ...label(value, ticks.length === 0) });
	}
	return { unit, ticks };
}
