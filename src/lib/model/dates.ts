/**
 * The EDTF subset of the dataset contract: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each optionally
 * followed by `~` (approximate), `?` (uncertain) or `%` (both). A date covers its whole unit.
 * All arithmetic is in UTC; formatting goes through date-fns on calendar fields only, so the
 * reader's time zone never shifts a day.
 */
import { lightFormat } from 'date-fns/lightFormat';
import type { EdtfDate, Precision } from './types.ts';

const EDTF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

export const EDTF_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?[~?%]?$';

export type ParseResult = { ok: true; date: EdtfDate } | { ok: false; reason: string };

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `Date.UTC` treats years 0–99 as 1900–1999; this one does not. */
function utc(year: number, monthIndex: number, day: number): number {
	const d = new Date(0);
	d.setUTCFullYear(year, monthIndex, day);
	return d.getTime();
}

const PLAIN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Checks a date without qualifier (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), as the URL's `from`, `to`
 * and `view` and the time filter's fields take it: the trimmed text, or why it is not one.
 */
export function parsePlainDate(
	text: string
): { ok: true; text: string } | { ok: false; reason: string } {
	const t = text.trim();
	if (!PLAIN.test(t))
		return { ok: false, reason: 'is not a date: write YYYY, YYYY-MM or YYYY-MM-DD' };
	const r = parseEdtf(t);
	return r.ok ? { ok: true, text: t } : r;
}

/**
 * Dates read so far: a large dataset writes the same few thousand days over and over, and each
 * is read by the schema, the rules and the normaliser. The results are frozen, so that sharing
 * them is safe; the cache is emptied when it grows past its bound.
 */
const READ = new Map<string, ParseResult>();
const READ_BOUND = 20_000;

/** Parses an EDTF-subset date. The reason, when it fails, reads after the quoted value. */
export function parseEdtf(text: unknown): ParseResult {
	if (typeof text !== 'string') return { ok: false, reason: 'is not a date string' };
	let read = READ.get(text);
	if (read === undefined) {
		if (READ.size >= READ_BOUND) READ.clear();
		read = readEdtf(text);
		if (read.ok) Object.freeze(read.date);
		READ.set(text, Object.freeze(read));
	}
	return read;
}

function readEdtf(text: string): ParseResult {
	const m = EDTF.exec(text);
	if (!m) {
		return {
			ok: false,
			reason:
				'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %)'
		};
	}
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	const qualifier = m[4];
	if (year < 1) return { ok: false, reason: 'is not a real date: years run from 0001 to 9999' };
	if (month !== undefined && (month < 1 || month > 12)) {
		return { ok: false, reason: `is not a real date: there is no month ${month}` };
	}
	if (month !== undefined && day !== undefined) {
		const max = daysInMonth(year, month);
		if (day < 1) {
			return { ok: false, reason: 'is not a real date: there is no day 00 (days start at 01)' };
		}
		if (day > max) {
			return {
				ok: false,
				reason: `is not a real date: ${MONTHS[month - 1]} ${year} has ${max} days`
			};
		}
	}
	let precision: Precision;
	let start: number;
	let end: number;
	if (month === undefined) {
		precision = 'year';
		start = utc(year, 0, 1);
		end = utc(year + 1, 0, 1);
	} else if (day === undefined) {
		precision = 'month';
		start = utc(year, month - 1, 1);
		end = utc(year, month, 1);
	} else {
		precision = 'day';
		start = utc(year, month - 1, day);
		end = utc(year, month - 1, day + 1);
	}
	return {
		ok: true,
		date: {
			text,
			start,
			end,
			precision,
			approximate: qualifier === '~' || qualifier === '%',
			uncertain: qualifier === '?' || qualifier === '%'
		}
	};
}

/** Like parseEdtf, but throws; for dates known to be valid (tests, already validated data). */
export function edtf(text: string): EdtfDate {
	const r = parseEdtf(text);
	if (!r.ok) throw new Error(`"${text}" ${r.reason}`);
	return r.date;
}

/** Calendar fields of a UTC instant as a local Date, so date-fns formats the same day everywhere. */
function calendar(ms: number): Date {
	const d = new Date(ms);
	const local = new Date(2000, d.getUTCMonth(), d.getUTCDate());
	local.setFullYear(d.getUTCFullYear());
	return local;
}

/**
 * Formats the UTC calendar day of `ms` with a small pattern language: `yyyy`, `MM`, `dd`, `d`
 * (through date-fns's lightFormat) and the English names `MMMM` ("June"), `MMM` ("Jun"), `QQQ`
 * ("Q2"). Keeping to these (rather than date-fns's locale-aware format) keeps the embed small.
 */
export function formatUtc(ms: number, pattern: string): string {
	const d = new Date(ms);
	const month = d.getUTCMonth();
	let local: Date | undefined;
	return pattern.replace(/MMMM|MMM|QQQ|yyyy|MM|dd|d/g, (token) => {
		switch (token) {
			case 'MMMM':
				return MONTHS[month];
			case 'MMM':
				return MONTHS[month].slice(0, 3);
			case 'QQQ':
				return `Q${Math.floor(month / 3) + 1}`;
			default:
				return lightFormat((local ??= calendar(ms)), token);
		}
	});
}

const PATTERNS: Record<Precision, string> = {
	year: 'yyyy',
	month: 'MMMM yyyy',
	day: 'd MMMM yyyy'
};

function bare(date: EdtfDate): string {
	return formatUtc(date.start, PATTERNS[date.precision]);
}

function qualify(text: string, date: EdtfDate): string {
	return `${date.approximate ? 'c. ' : ''}${text}${date.uncertain ? ' (?)' : ''}`;
}

/** "2024", "June 2024", "4 June 2024", "c. June 2024", "4 June 2024 (?)". */
export function formatDate(date: EdtfDate): string {
	return qualify(bare(date), date);
}

/** The same in words, for screen readers and tooltips: "approximately June 2024, uncertain". */
export function describeDate(date: EdtfDate): string {
	let text = bare(date);
	if (date.approximate) text = `approximately ${text}`;
	if (date.uncertain) text = `${text}, uncertain`;
	return text;
}

/**
 * A range, sharing what both ends share: "4–8 June 2024", "20 June – 2 July 2024",
 * "March – June 2024", "March 2022 – June 2024", "2021–2024". Qualified ends are written in full.
 */
export function formatRange(from: EdtfDate, to?: EdtfDate): string {
	if (!to || (to.text === from.text && to.precision === from.precision)) return formatDate(from);
	const qualified = from.approximate || from.uncertain || to.approximate || to.uncertain;
	if (qualified || from.precision !== to.precision) {
		return `${formatDate(from)} – ${formatDate(to)}`;
	}
	const a = from.start;
	const b = to.start;
	const sameYear = new Date(a).getUTCFullYear() === new Date(b).getUTCFullYear();
	const format = formatUtc;
	switch (from.precision) {
		case 'year':
			return `${format(a, 'yyyy')}–${format(b, 'yyyy')}`;
		case 'month':
			return sameYear
				? `${format(a, 'MMMM')} – ${format(b, 'MMMM yyyy')}`
				: `${format(a, 'MMMM yyyy')} – ${format(b, 'MMMM yyyy')}`;
		case 'day':
			return dayRangeParts(a, b).join('');
	}
}

/**
 * The pieces of the range from the UTC day of `a` to that of `b`, as {@link formatRange} writes
 * it ("4", "–", "8", " ", "June", " ", "2024"): a caller that measures many ranges measures each
 * piece once.
 */
export function dayRangeParts(a: number, b: number): string[] {
	const from = new Date(a);
	const to = new Date(b);
	const [y1, y2] = [from.getUTCFullYear(), to.getUTCFullYear()];
	const [m1, m2] = [from.getUTCMonth(), to.getUTCMonth()];
	const [d1, d2] = [String(from.getUTCDate()), String(to.getUTCDate())];
	const year = (y: number) => String(y).padStart(4, '0');
	const end = [d2, ' ', MONTHS[m2], ' ', year(y2)];
	if (y1 !== y2) return [d1, ' ', MONTHS[m1], ' ', year(y1), ' – ', ...end];
	if (m1 !== m2) return [d1, ' ', MONTHS[m1], ' – ', ...end];
	return d1 === d2 ? end : [d1, '–', ...end];
}

/** The `datetime` attribute of a `<time>` element: the date without its EDTF qualifier. */
export function machineDate(date: EdtfDate): string {
	return date.text.replace(/[~?%]$/, '');
}

/** The UTC calendar day of an instant as `YYYY-MM-DD` (an EDTF day-precision date). */
export function isoDay(ms: number): string {
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}
