import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../model/fixture.ts';
import { escapeText, eventIcs, foldLine, icsFile } from './ics.ts';
import { seedDataset, viewOf } from './testing.ts';

const now = new Date(Date.UTC(2026, 11, 2, 15, 4, 5));
const long = 'Ünïcödé “quoted” text — with accents, ščř and 漢字 and emoji 🙂 '.repeat(4).trim();

const dataset = datasetOf({
	id: 'tiny',
	title: 'Tiny; calendar, with\nbreaks',
	actors: [{ id: 'a', name: 'Alpha' }],
	events: [
		{
			id: 'day',
			title: 'Day; one, two',
			date: '2024-06-08',
			kind: 'attack',
			actors: ['a'],
			summary: 'First line\nsecond line \\ backslash',
			place: { name: 'Besham, KP', lat: 34.93, lon: 72.87 },
			sources: [{ title: 'Dawn report', url: 'https://dawn.example/x', publisher: 'Dawn' }]
		},
		{ id: 'month', title: 'Month', date: '2024-02~', dateAsWritten: 'early February' },
		{ id: 'year', title: 'Year', date: '2023?' },
		{ id: 'range', title: long, date: '2024-06-20', endDate: '2024-07' },
		{ id: 'leap', title: 'Leap', date: '2024-02-29', status: 'forecast' }
	],
	links: [
		{ from: 'month', to: 'day', label: 'prompted', basis: 'inferred', hedge: 'likely' },
		{ from: 'day', to: 'range', label: 'led to', basis: 'reported' },
		{ from: 'year', to: 'day', label: 'set the stage for', basis: 'context' }
	]
});

type Parsed = { calendar: ICAL.Component; events: Map<string, ICAL.Component> };

function parse(text: string): Parsed {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = new Map(
		calendar.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), e])
	);
	return { calendar, events };
}

const value = (c: ICAL.Component, name: string) => String(c.getFirstPropertyValue(name));
/** The file's lines unfolded. ical.js does not unescape X- properties, so they are read here. */
const unfolded = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('foldLine and escapeText', () => {
	it('folds at 75 octets without splitting a character, and unfolds to the same text', () => {
		const line = `SUMMARY:${long}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(3);
		for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
		// Filled up to where the next character would not fit.
		expect(new TextEncoder().encode(parts[0]).length).toBeGreaterThan(71);
	});

	it.each([
		['VERSION:2.0', ['VERSION:2.0']],
		['X'.repeat(75), ['X'.repeat(75)]],
		['X'.repeat(76), ['X'.repeat(75), ' X']],
		// 2 octets each: 37 fit (74), the 38th would make 76.
		['é'.repeat(38), ['é'.repeat(37), ' é']],
		// 4 octets each, never split between its two UTF-16 units: 18 fit (72).
		['🙂'.repeat(19), ['🙂'.repeat(18), ' 🙂']]
	])('folds %j where the octets run out', (line, parts) => {
		expect(foldLine(line).split('\r\n')).toEqual(parts);
	});

	it.each([
		['a;b,c', 'a\\;b\\,c'],
		['back\\slash', 'back\\\\slash'],
		['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour']
	])('escapes %j', (text, expected) => {
		expect(escapeText(text)).toBe(expected);
	});
});

describe('ICS export', () => {
	const view = viewOf(dataset, undefined, undefined, 'https://c.example/?actors=a');
	const file = icsFile(view, { now });
	const { calendar, events } = parse(file.text);

	it('is an RFC 5545 calendar with CRLF line ends, folded lines and a closing CRLF', () => {
		expect(file.name).toBe('tiny.ics');
		expect(file.type).toBe('text/calendar;charset=utf-8');
		expect(file.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of file.text.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		expect(file.text.split('\r\n').slice(0, 5)).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Causeway//Timeline//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH'
		]);
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Causeway//Timeline//EN');
		expect(unfolded(file.text)).toContain('X-WR-CALNAME:Tiny\\; calendar\\, with\\nbreaks');
		expect(unfolded(file.text)).toContain(
			'X-WR-CALDESC:Tiny\\; calendar\\, with breaks: all 5 events. View: https://c.example/?actors=a'
		);
		expect([...events.keys()]).toEqual([
			'year@tiny.causeway',
			'month@tiny.causeway',
			'leap@tiny.causeway',
			'day@tiny.causeway',
			'range@tiny.causeway'
		]);
	});

	it.each([
		['day', '2024-06-08', '2024-06-09'],
		['month', '2024-02-01', '2024-03-01'],
		['year', '2023-01-01', '2024-01-01'],
		['range', '2024-06-20', '2024-08-01'],
		['leap', '2024-02-29', '2024-03-01']
	])('%s: all-day from %s to %s (exclusive)', (id, start, end) => {
		const e = events.get(`${id}@tiny.causeway`)!;
		const dtstart = e.getFirstPropertyValue('dtstart') as ICAL.Time;
		const dtend = e.getFirstPropertyValue('dtend') as ICAL.Time;
		expect(dtstart.isDate).toBe(true);
		expect(dtend.isDate).toBe(true);
		expect([dtstart.toString(), dtend.toString()]).toEqual([start, end]);
		expect(e.getFirstProperty('dtstart')!.type).toBe('date');
	});

	it('writes the stamp, title, place, URL and kind of an event, escaped', () => {
		const e = events.get('day@tiny.causeway')!;
		expect(value(e, 'dtstamp')).toBe('2026-12-02T15:04:05Z');
		expect(value(e, 'summary')).toBe('Day; one, two');
		expect(value(e, 'location')).toBe('Besham, KP');
		expect(e.getFirstPropertyValue('geo')).toEqual([34.93, 72.87]);
		expect(value(e, 'url')).toBe('https://c.example/?actors=a&event=day');
		expect(e.getFirstProperty('categories')!.getValues()).toEqual(['Attack']);
		expect(file.text).toContain('\r\nSUMMARY:Day\\; one\\, two\r\n');
	});

	it('describes the event: summary, date, causes and effects with their basis, sources', () => {
		expect(value(events.get('day@tiny.causeway')!, 'description')).toBe(
			[
				'First line\nsecond line \\ backslash',
				'Date: 8 June 2024\nActors: Alpha',
				"Caused by:\n- “Month” likely prompted “Day; one, two” (the author infers it)\n- “Year” set the stage for “Day; one, two” (editors' context)",
				// Quotation marks inside a quoted title become single ones.
				`Led to:\n- “Day; one, two” led to “${long.replace(/“/g, '‘').replace(/”/g, '’')}” (a source reports it)`,
				'Sources:\n- Dawn report, Dawn: https://dawn.example/x'
			].join('\n\n')
		);
	});

	it.each([
		['month', 'Date: c. February 2024\nAs the source wrote it: early February\nApproximate date'],
		['year', 'Date: 2023 (?)\nUncertain date'],
		['leap', 'Date: 29 February 2024\nForecast: a prediction, not an event']
	])('says how sure the date of %s is', (id, facts) => {
		expect(value(events.get(`${id}@tiny.causeway`)!, 'description')).toContain(facts);
	});

	it('round-trips a long line of non-ASCII text through folding', () => {
		expect(value(events.get('range@tiny.causeway')!, 'summary')).toBe(long);
	});

	it('keeps UIDs stable across exports and views', () => {
		const again = parse(icsFile(viewOf(dataset, (e) => e.id !== 'year', 'q: x')).text);
		expect([...again.events.keys()]).toEqual(
			[...events.keys()].filter((k) => !k.startsWith('year'))
		);
	});

	it('exports the seed dataset to a calendar ical.js reads, one event each', () => {
		const seed = seedDataset();
		const parsed = parse(icsFile(viewOf(seed), { now }).text);
		expect(parsed.events.size).toBe(seed.events.length);
	});
});

describe('eventIcs', () => {
	it('writes one event, named by its id, the same as in the view', () => {
		const event = dataset.events.find((e) => e.id === 'day')!;
		const file = eventIcs(dataset, event, { now, url: 'https://c.example/' });
		expect(file.name).toBe('day.ics');
		const { calendar, events } = parse(file.text);
		expect([...events.keys()]).toEqual(['day@tiny.causeway']);
		expect(unfolded(file.text)).toContain(
			'X-WR-CALDESC:Day\\; one\\, two\\, from Tiny\\; calendar\\, with breaks'
		);
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
		const e = events.get('day@tiny.causeway')!;
		expect(value(e, 'url')).toBe('https://c.example/?event=day');
		const inView = parse(icsFile(viewOf(dataset), { now }).text).events.get('day@tiny.causeway')!;
		expect(value(e, 'description')).toBe(value(inView, 'description'));
	});
});
