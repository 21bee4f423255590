/** What a valid dataset becomes: defaults, order, link ids, spans. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate.ts';

const minimal = {
	events: [{ id: 'a', title: 'A', date: '2024-06-08' }]
};

describe('normalisation', () => {
	it('fills the defaults the contract names', () => {
		const { dataset } = validateDataset(
			{
				events: [
					{ id: 'b', title: 'B', date: '2024-06' },
					{ id: 'a', title: 'A', date: '2024-06-08' }
				],
				links: [{ from: 'b', to: 'a' }]
			},
			'data/my-story.json'
		);
		expect(dataset).toBeDefined();
		expect(dataset!.id).toBe('my-story');
		expect(dataset!.title).toBe('my-story');
		expect(dataset!.events.map((e) => [e.id, e.order, e.kind, e.status])).toEqual([
			['b', 0, 'other', 'reported'],
			['a', 1, 'other', 'reported']
		]);
		expect(dataset!.events[0].actors).toEqual([]);
		expect(dataset!.links[0]).toMatchObject({
			id: 'b->a',
			label: 'led to',
			basis: 'reported'
		});
	});

	it('gives repeated pairs distinct link ids', () => {
		const { dataset } = validateDataset({
			...minimal,
			events: [...minimal.events, { id: 'b', title: 'B', date: '2024-07' }],
			links: [
				{ from: 'a', to: 'b', label: 'prompted' },
				{ from: 'a', to: 'b', label: 'funded' }
			]
		});
		expect(dataset!.links.map((l) => l.id)).toEqual(['a->b', 'a->b#2']);
	});

	it('spans an event from its date to the end of its endDate', () => {
		const { dataset } = validateDataset({
			events: [{ id: 'v', title: 'V', date: '2024-06-04', endDate: '2024-06-08' }]
		});
		const e = dataset!.events[0];
		expect([e.start, e.end]).toEqual([Date.UTC(2024, 5, 4), Date.UTC(2024, 5, 9)]);
	});
});
