/** Contract v2: attributions, the `context` basis and open periods, validated and normalised. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../validate.ts';

const file = 'x.json';
const lines = (raw: unknown) =>
	validateDataset(raw, file).problems.map((p) => formatProblem(file, p, raw));
const actors = [
	{ id: 'ttp', name: 'TTP' },
	{ id: 'gov', name: 'Government' }
];
const article = { title: 'The article', url: 'https://example.org/article' };

describe('attributions', () => {
	it('are kept apart from participants, with their sources, when valid', () => {
		const raw = {
			actors,
			events: [
				{
					id: 'attack',
					title: 'Attack',
					date: '2024-03-26',
					attributions: [
						{
							actor: 'ttp',
							status: 'attributed',
							by: 'gov',
							sources: [{ title: 'Report', url: 'https://example.org/r' }]
						},
						{ actor: 'ttp', status: 'denied' }
					]
				}
			]
		};
		const result = validateDataset(raw, file);
		expect(result.problems).toEqual([]);
		const event = result.dataset!.events[0];
		expect(event.actors).toEqual([]);
		expect(event.attributions).toEqual([
			{
				actor: 'ttp',
				status: 'attributed',
				by: 'gov',
				sources: [{ title: 'Report', url: 'https://example.org/r' }]
			},
			{ actor: 'ttp', status: 'denied', sources: [] }
		]);
	});

	it('name the event, the path and the field of an unknown actor or status', () => {
		const raw = {
			actors,
			events: [
				{
					id: 'attack',
					title: 'Attack',
					date: '2024',
					attributions: [
						{ actor: 'nobody', status: 'attributed', by: 'ghost' },
						{ actor: 'ttp', status: 'blamed' }
					]
				}
			]
		};
		expect(lines(raw).sort()).toEqual([
			'x.json: events[0] (id "attack").attributions[0].actor: "nobody" is not the id of any actor in "actors"',
			'x.json: events[0] (id "attack").attributions[0].by: "ghost" is not the id of any actor in "actors"',
			'x.json: events[0] (id "attack").attributions[1].status: "blamed" should be one of claimed, attributed, suspected, denied'
		]);
	});

	it('warn when a contested actor is also a participant, or a tie is repeated', () => {
		const raw = {
			actors,
			events: [
				{
					id: 'attack',
					title: 'Attack',
					date: '2024',
					actors: ['ttp'],
					attributions: [
						{ actor: 'ttp', status: 'suspected' },
						{ actor: 'ttp', status: 'suspected' }
					]
				}
			]
		};
		const out = lines(raw);
		expect(out).toContain(
			'x.json: warning: events[0] (id "attack").attributions[1]: repeats attributions[0] (same actor and status)'
		);
		expect(out.filter((l) => l.includes('should not be listed as a participant'))).toHaveLength(2);
		// A group that claimed an attack may also be listed as taking part in it.
		const claimed = structuredClone(raw);
		claimed.events[0].attributions = [{ actor: 'ttp', status: 'claimed' }];
		expect(lines(claimed)).toEqual([]);
	});
});

describe('the context basis', () => {
	const raw = (sources: unknown[]) => ({
		basedOn: article,
		events: [
			{ id: 'a', title: 'A', date: '2023' },
			{ id: 'b', title: 'B', date: '2024' }
		],
		links: [{ from: 'a', to: 'b', basis: 'context', label: 'came before', sources }]
	});

	it('is a basis of its own', () => {
		const result = validateDataset(raw([]), file);
		expect(result.problems).toEqual([]);
		expect(result.dataset!.links[0].basis).toBe('context');
	});

	it('never cites the article, which does not make the link', () => {
		expect(lines(raw([article]))).toEqual([
			'x.json: warning: links[0] (from "a" to "b").sources[0]: cites the article the dataset is based on, but a "context" link is the editors’ own: the article does not make it (use "inferred" if it does)'
		]);
	});
});

describe('open periods', () => {
	const raw = (endDate?: string) => ({
		events: [
			{ id: 'a', title: 'A', date: '2021-08-15' },
			{ id: 'b', title: 'B', date: '2024-12-24' }
		],
		periods: [{ id: 'rule', title: 'Rule', date: '2021-08-15', ...(endDate ? { endDate } : {}) }]
	});

	it('continue to the end of the timeline, written as ".." or with no end', () => {
		for (const p of [raw('..'), raw()]) {
			const period = validateDataset(p, file).dataset!.periods[0];
			expect(period.open).toBe(true);
			expect(period.end).toBe(Date.UTC(2024, 11, 25));
		}
		const closed = validateDataset(raw('2022'), file).dataset!.periods[0];
		expect(closed.open).toBe(false);
		expect(closed.end).toBe(Date.UTC(2023, 0, 1));
	});

	it('reject an end that is neither a date nor ".."', () => {
		expect(lines(raw('soon'))).toEqual([
			'x.json: periods[0] (id "rule").endDate: "soon" should be a date of the form YYYY, YYYY-MM or YYYY-MM-DD, or ".." for a period that continues'
		]);
	});
});
