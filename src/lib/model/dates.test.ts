import { describe, expect, it } from 'vitest';
import {
	describeDate,
	edtf,
	formatDate,
	dayRangeParts,
	formatRange,
	machineDate,
	parseEdtf,
	parsePlainDate
} from './dates.ts';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parseEdtf', () => {
	it.each([
		['2024', 'year', utc(2024, 1, 1), utc(2025, 1, 1)],
		['2024-06', 'month', utc(2024, 6, 1), utc(2024, 7, 1)],
		['2024-02', 'month', utc(2024, 2, 1), utc(2024, 3, 1)],
		['2024-06-04', 'day', utc(2024, 6, 4), utc(2024, 6, 5)],
		['2024-12-31', 'day', utc(2024, 12, 31), utc(2025, 1, 1)],
		['2024-02-29', 'day', utc(2024, 2, 29), utc(2024, 3, 1)]
	])('%s covers its whole %s', (text, precision, start, end) => {
		const r = parseEdtf(text);
		expect(r).toEqual({
			ok: true,
			date: { text, precision, start, end, approximate: false, uncertain: false }
		});
	});

	it.each([
		['2024-06~', true, false],
		['2024-06?', false, true],
		['2024-06%', true, true]
	])('%s: approximate %s, uncertain %s', (text, approximate, uncertain) => {
		const d = edtf(text);
		expect([d.approximate, d.uncertain, d.precision]).toEqual([approximate, uncertain, 'month']);
	});

	it('keeps years below 100 as written', () => {
		expect(new Date(edtf('0044-03-15').start).getUTCFullYear()).toBe(44);
	});

	it.each([
		['2024-02-30', 'is not a real date: February 2024 has 29 days'],
		['2023-02-29', 'is not a real date: February 2023 has 28 days'],
		['2024-04-31', 'is not a real date: April 2024 has 30 days'],
		['2024-13', 'is not a real date: there is no month 13'],
		['2024-00-10', 'is not a real date: there is no month 0'],
		['2024-06-00', 'is not a real date: there is no day 00 (days start at 01)'],
		['0000', 'is not a real date: years run from 0001 to 9999'],
		['0000-05-01', 'is not a real date: years run from 0001 to 9999']
	])('rejects impossible %s and says why', (text, reason) => {
		expect(parseEdtf(text)).toEqual({ ok: false, reason });
	});

	it.each(['24-06-01', '2024/06/01', '2024-6-1', 'June 2024', '2024-06-01T10:00', '2024~?', ''])(
		'rejects %j as not of the contract form',
		(text) => {
			const r = parseEdtf(text);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.reason).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
		}
	);

	it('rejects non-strings', () => {
		expect(parseEdtf(2024)).toEqual({ ok: false, reason: 'is not a date string' });
	});
});

describe('formatDate', () => {
	it.each([
		['2024', '2024'],
		['2024-06', 'June 2024'],
		['2024-06-04', '4 June 2024'],
		['2024-06~', 'c. June 2024'],
		['2024-06-04?', '4 June 2024 (?)'],
		['2024%', 'c. 2024 (?)']
	])('%s -> %s', (text, expected) => {
		expect(formatDate(edtf(text))).toBe(expected);
	});

	it('says the qualifiers in words for screen readers', () => {
		expect(describeDate(edtf('2024-06%'))).toBe('approximately June 2024, uncertain');
		expect(describeDate(edtf('2024-06-04'))).toBe('4 June 2024');
	});

	it('gives <time datetime> without the qualifier', () => {
		expect(machineDate(edtf('2024-06~'))).toBe('2024-06');
	});
});

describe('formatRange', () => {
	it.each([
		['2024-06-04', '2024-06-08', '4–8 June 2024'],
		['2024-06-20', '2024-07-02', '20 June – 2 July 2024'],
		['2022-12-30', '2023-01-02', '30 December 2022 – 2 January 2023'],
		['0950-01-09', '0950-01-09', '9 January 0950'],
		['2024-03', '2024-06', 'March – June 2024'],
		['2022-03', '2024-06', 'March 2022 – June 2024'],
		['2021', '2024', '2021–2024'],
		['2022-05?', '2022-06?', 'May 2022 (?) – June 2022 (?)'],
		['2024-06', '2024-06-20', 'June 2024 – 20 June 2024']
	])('%s to %s -> %s', (from, to, expected) => {
		expect(formatRange(edtf(from), edtf(to))).toBe(expected);
	});

	it('is a single date without an end', () => {
		expect(formatRange(edtf('2024-06-08'))).toBe('8 June 2024');
	});

	it('gives the pieces of a day range that its text is made of', () => {
		const at = (d: string) => edtf(d).start;
		expect(dayRangeParts(at('2024-06-04'), at('2024-06-08'))).toEqual([
			'4',
			'–',
			'8',
			' ',
			'June',
			' ',
			'2024'
		]);
		expect(dayRangeParts(at('2024-06-08'), at('2024-06-08')).join('')).toBe('8 June 2024');
		expect(dayRangeParts(at('1899-12-31'), at('1900-01-01')).join('')).toBe(
			'31 December 1899 – 1 January 1900'
		);
	});
});

describe('parsePlainDate', () => {
	it.each([
		[' 2024-06 ', { ok: true, text: '2024-06' }],
		['2024', { ok: true, text: '2024' }],
		['2024-06~', { ok: false }],
		['June 2024', { ok: false }],
		['2024-02-30', { ok: false }]
	])('%j', (text, want) => {
		expect(parsePlainDate(text)).toMatchObject(want);
	});
	it('says why a date is not one', () => {
		const r = parsePlainDate('2024-13');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain('month 13');
	});
});
