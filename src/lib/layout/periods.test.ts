import { describe, expect, it } from 'vitest';
import { parseEdtf } from '$lib/model/dates';
import type { Period } from '$lib/model/types';
import { layoutPeriods } from './periods';

const period = (id: string, from: string, to: string | null): Period => {
	const d = parseEdtf(from);
	if (!d.ok) throw new Error(from);
	const e = to ? parseEdtf(to) : null;
	const end = e?.ok ? e.date.end : Date.UTC(2024, 11, 31);
	return { id, title: id, date: d.date, start: d.date.start, end, open: to === null };
};

describe('layoutPeriods', () => {
	// 100 px per year from 2020.
	const scale = (t: number) => ((t - Date.UTC(2020, 0, 1)) / (365.25 * 86_400_000)) * 100;

	it('draws a continuing period to the right edge, and says it continues', () => {
		const [open, closed] = layoutPeriods(
			[period('rule', '2021-08-15', null), period('truce', '2022-05', '2022-11-28')],
			scale,
			1000,
			11
		);
		expect(open.open).toBe(true);
		expect(open.x1).toBe(1000);
		expect(open.label).toBe('rule (continues)');
		expect(closed.open).toBe(false);
		expect(closed.x1).toBeCloseTo(scale(Date.UTC(2022, 10, 29)));
	});
});
