/** How problems read: the schema's issues as sentences, the path naming the item, the summary. */
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, summarise, validateDataset } from '../validate.ts';

const file = 'x.json';
const lines = (raw: unknown) =>
	validateDataset(raw, file).problems.map((p) => formatProblem(file, p, raw));

describe('validateDataset: schema problems', () => {
	it('names file, path, event id and field for an impossible date', () => {
		const raw = {
			actors: [{ id: 'ttp', name: 'TTP' }],
			events: [
				{ id: 'a', title: 'A', date: '2024-01-01' },
				{ id: 'besham-attack', title: 'Besham', date: '2024-02-30' }
			]
		};
		expect(lines(raw)).toEqual([
			'x.json: events[1] (id "besham-attack").date: "2024-02-30" is not a real date: February 2024 has 29 days'
		]);
	});

	it.each([
		[{ id: 'a', date: '2024' }, 'x.json: events[0] (id "a").title: is required'],
		[{ id: 'a', title: 'A' }, 'x.json: events[0] (id "a").date: is required'],
		[
			{ id: 'a', title: 'A', date: '2024/06' },
			'x.json: events[0] (id "a").date: "2024/06" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %)'
		],
		[
			{ id: 'a b', title: 'A', date: '2024' },
			'x.json: events[0] (id "a b").id: "a b" is not a valid id (1–64 letters, digits, _ or -)'
		],
		[
			{ id: 'a', title: 'A', date: '2024', kind: 'rumour' },
			'x.json: events[0] (id "a").kind: "rumour" should be one of attack, diplomacy, military-operation, political, economic, publication, report, statement, other'
		],
		[
			{ id: 'a', title: 'A', date: '2024', sources: [{ title: 'S', url: 'javascript:alert(1)' }] },
			'x.json: events[0] (id "a").sources[0].url: "javascript:alert(1)" is not an http, https or mailto link'
		],
		[
			{ id: 'a', title: 'A', date: '2024', sources: [{ title: 'S', url: 'data:text/html,hi' }] },
			'x.json: events[0] (id "a").sources[0].url: "data:text/html,hi" is not an http, https or mailto link'
		],
		[
			{ id: 'a', title: 42, date: '2024' },
			'x.json: events[0] (id "a").title: should be text, got 42'
		]
	])('reports %j', (event, message) => {
		expect(lines({ events: [event] })).toEqual([message]);
	});

	it('requires an events list and names actors by id', () => {
		expect(lines({ actors: [{ id: 'ttp' }] })).toEqual([
			'x.json: actors[0] (id "ttp").name: is required',
			'x.json: events: is required'
		]);
	});

	it('rejects a top level that is not an object', () => {
		expect(lines([1, 2])).toHaveLength(1);
	});
});

describe('formatPath and summarise', () => {
	it('names a link by its ends, and the dataset itself when the path is empty', () => {
		const raw = { links: [{ from: 'a', to: 'b', sources: [{ title: 'S' }] }] };
		expect(formatPath(['links', 0, 'sources', 0, 'url'], raw)).toBe(
			'links[0] (from "a" to "b").sources[0].url'
		);
		expect(formatPath([], raw)).toBe('(dataset)');
	});

	it('counts in words, singular for one', () => {
		const raw = {
			actors: [{ id: 'ttp', name: 'TTP' }],
			events: [
				{ id: 'a', title: 'A', date: '2024', mood: 'grim' },
				{ id: 'b', title: 'B', date: '2024' }
			],
			links: [{ from: 'a', to: 'b' }]
		};
		const { dataset, problems } = validateDataset(raw, file);
		expect(summarise(dataset!, problems)).toBe('2 events, 1 actor, 1 link, 0 periods, 1 warning');
	});
});

describe('validateDataset: what a file that is no dataset gets', () => {
	it('says what the top level should be and what it is, once', () => {
		expect(lines([{ id: 'a' }])).toEqual([
			'x.json: (dataset): expected a JSON object with an "events" array, got an array'
		]);
		expect(lines(null)).toEqual([
			'x.json: (dataset): expected a JSON object with an "events" array, got null'
		]);
		expect(lines('events')).toEqual([
			'x.json: (dataset): expected a JSON object with an "events" array, got a string ("events")'
		]);
	});

	it('shows the value received for a field of the wrong type', () => {
		expect(lines({ events: [{ id: 'a', title: 'A', date: 20240608 }] })).toEqual([
			'x.json: events[0] (id "a").date: should be a date string such as "2024-06-08", got 20240608'
		]);
		expect(lines({ events: [{ id: 'a', title: 'A', date: '2024', place: null }] })).toEqual([
			'x.json: events[0] (id "a").place: should be an object, got null'
		]);
	});
});
