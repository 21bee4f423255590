import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, eventIcs, exportView } from './index.ts';
import { seedDataset, viewOf } from './testing.ts';

const seed = seedDataset();
const now = new Date(Date.UTC(2026, 0, 1));

describe('exportView', () => {
	it.each([
		['json', 'azm-e-istehkam.json', 'application/json', '{\n\t"id": "azm-e-istehkam"'],
		[
			'csv-events',
			'azm-e-istehkam-events.csv',
			'text/csv;charset=utf-8',
			'\uFEFF# Causeway export: '
		],
		[
			'csv-links',
			'azm-e-istehkam-links.csv',
			'text/csv;charset=utf-8',
			'\uFEFF# Causeway export: '
		],
		[
			'csv-actors',
			'azm-e-istehkam-actors.csv',
			'text/csv;charset=utf-8',
			'\uFEFF# Causeway export: '
		],
		['ics', 'azm-e-istehkam.ics', 'text/calendar;charset=utf-8', 'BEGIN:VCALENDAR\r\n'],
		['timelinejs', 'azm-e-istehkam-timelinejs.json', 'application/json', '{\n\t"title": {']
	] as const)('%s', (format, name, type, start) => {
		const file = exportView(viewOf(seed), format, { now });
		expect([file.name, file.type]).toEqual([name, type]);
		expect(file.text.startsWith(start)).toBe(true);
	});

	it('covers every format, each named -filtered for a filtered view', () => {
		expect(EXPORT_FORMATS).toHaveLength(6);
		const view = viewOf(seed, (e) => e.kind === 'attack', 'kinds: attack');
		const names = EXPORT_FORMATS.map((f) => exportView(view, f, { now }).name);
		expect(names).toEqual([
			'azm-e-istehkam-filtered.json',
			'azm-e-istehkam-events-filtered.csv',
			'azm-e-istehkam-links-filtered.csv',
			'azm-e-istehkam-actors-filtered.csv',
			'azm-e-istehkam-filtered.ics',
			'azm-e-istehkam-timelinejs-filtered.json'
		]);
	});

	it('stamps the calendar with the time given', () => {
		expect(exportView(viewOf(seed), 'ics', { now }).text).toContain(
			'\r\nDTSTAMP:20260101T000000Z\r\n'
		);
		expect(eventIcs(seed, seed.events[0], { now }).text).toContain(
			'\r\nDTSTAMP:20260101T000000Z\r\n'
		);
	});
});
