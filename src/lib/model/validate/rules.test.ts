/** The rules across objects: ids, references, date order, causes before effects, warnings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../validate.ts';

const file = 'x.json';
const lines = (raw: unknown) =>
	validateDataset(raw, file).problems.map((p) => formatProblem(file, p, raw));

describe('validateDataset: rules across objects', () => {
	it('rejects duplicate ids per kind, but allows the same id in different kinds', () => {
		const raw = {
			actors: [{ id: 'a', name: 'Actor A' }],
			events: [
				{ id: 'a', title: 'A', date: '2024' },
				{ id: 'a', title: 'A again', date: '2024' }
			]
		};
		expect(lines(raw)).toEqual(['x.json: events[1] (id "a").id: "a" is already used by events[0]']);
	});

	it('rejects unknown actor ids, missing link ends and self-links', () => {
		const raw = {
			events: [
				{ id: 'a', title: 'A', date: '2024', actors: ['nobody'] },
				{ id: 'b', title: 'B', date: '2024' }
			],
			links: [
				{ from: 'a', to: 'ghost' },
				{ from: 'b', to: 'b' }
			]
		};
		expect(lines(raw)).toEqual([
			'x.json: events[0] (id "a").actors[0]: "nobody" is not the id of any actor in "actors"',
			'x.json: links[0] (from "a" to "ghost").to: "ghost" is not the id of any event',
			'x.json: links[1] (from "b" to "b").to: "b" links the event to itself'
		]);
	});

	it('rejects an endDate before the date', () => {
		const raw = { events: [{ id: 'v', title: 'V', date: '2024-06-08', endDate: '2024-06-04' }] };
		expect(lines(raw)).toEqual([
			'x.json: events[0] (id "v").endDate: "2024-06-04" is before the event\'s date "2024-06-08"'
		]);
	});

	it('rejects a cause lying wholly after its effect, comparing what partial dates allow', () => {
		const events = [
			{ id: 'june', title: 'Some day in June', date: '2024-06' },
			{ id: 'june-10', title: '10 June', date: '2024-06-10' },
			{ id: 'july', title: 'July', date: '2024-07-01' }
		];
		// June may be before 10 June, so both directions are possible; July cannot cause June.
		expect(lines({ events, links: [{ from: 'june-10', to: 'june' }] })).toEqual([]);
		expect(lines({ events, links: [{ from: 'june', to: 'june-10' }] })).toEqual([]);
		expect(lines({ events, links: [{ from: 'july', to: 'june' }] })).toEqual([
			'x.json: links[0] (from "july" to "june").from: "july" cannot cause "june": its earliest possible date is after the effect\'s latest'
		]);
	});

	it('warns about unknown fields and cycles but still accepts the dataset', () => {
		const raw = {
			colour: 'blue',
			events: [
				{ id: 'a', title: 'A', date: '2024', mood: 'grim' },
				{ id: 'b', title: 'B', date: '2024' }
			],
			links: [
				{ from: 'a', to: 'b' },
				{ from: 'b', to: 'a' }
			]
		};
		const result = validateDataset(raw, file);
		expect(result.dataset).toBeDefined();
		expect(result.problems.every((p) => p.level === 'warning')).toBe(true);
		expect(lines(raw)).toEqual([
			'x.json: warning: colour: is not a field of the dataset contract; it is kept but ignored',
			'x.json: warning: events[0] (id "a").mood: is not a field of the dataset contract; it is kept but ignored',
			'x.json: warning: links: events "a", "b" form a causal cycle'
		]);
	});

	it('lists every problem of the fixture at once', () => {
		const raw = JSON.parse(readFileSync('scripts/fixtures/invalid-dataset.json', 'utf8'));
		const all = lines(raw);
		for (const expected of [
			'id: "broken example" is not a valid id',
			'actors[2] (id "china").name: is required',
			'events[0] (id "besham-attack").date: "2024-02-30" is not a real date',
			'events[2] (id "visit").date: "2024-13" is not a real date: there is no month 13',
			'events[3] (id "statement").title: is required',
			'events[3] (id "statement").actors[0]: "nobody" is not the id of any actor',
			'events[4] (id "report").kind: "rumour" should be one of',
			'events[4] (id "report").sources[0].url: "javascript:alert(1)" is not an http, https or mailto link',
			'events[6] (id "bad id!").id: "bad id!" is not a valid id',
			'links[1] (from "visit" to "ghost").to: "ghost" is not the id of any event',
			'links[2] (from "report" to "report").to: "report" links the event to itself',
			'links[3] (from "report" to "launch").basis: "rumoured" should be one of reported, inferred',
			'links[4] (from "launch" to "statement").from: "launch" cannot cause "statement"',
			'actors[1] (id "ttp").id: "ttp" is already used by actors[0]',
			'events[2] (id "visit").id: "visit" is already used by events[1]',
			'events[1] (id "visit").endDate: "2024-06-04" is before the event\'s date "2024-06-08"',
			'warning: colour: is not a field of the dataset contract',
			'warning: events[5] (id "launch").mood: is not a field of the dataset contract'
		]) {
			expect(
				all.some((l) => l.includes(expected)),
				expected
			).toBe(true);
		}
	});
});
