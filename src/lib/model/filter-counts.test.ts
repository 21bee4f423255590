import { describe, expect, it } from 'vitest';
import { NO_FILTER } from './filter.ts';
import { actorCounts, attributedCounts, kindCounts } from './filter-counts.ts';
import { datasetOf } from './fixture.ts';

const raw = {
	id: 'counts',
	title: 'Counts',
	actors: [
		{ id: 'gov', name: 'Government' },
		{ id: 'ttp', name: 'TTP' }
	],
	events: [
		{ id: 'a', title: 'A', date: '2023-01-01', kind: 'attack', actors: ['ttp'] },
		{ id: 'b', title: 'B', date: '2024-01-01', kind: 'political', actors: ['gov'] },
		{ id: 'c', title: 'C', date: '2024-02-01', kind: 'attack', actors: ['gov', 'ttp'] }
	]
};

describe('filter counts kept per dataset', () => {
	it('counts under no other filter once per dataset, whatever the skipped part selects', () => {
		const dataset = datasetOf(raw);
		const whole = actorCounts(dataset, NO_FILTER);
		expect([...whole]).toEqual([
			['gov', 2],
			['ttp', 2]
		]);
		// Selecting actors does not change the actor counts: the same counts, not worked out again.
		expect(actorCounts(dataset, { ...NO_FILTER, actors: ['gov'] })).toBe(whole);
		expect(kindCounts(dataset, { ...NO_FILTER, kinds: ['political'] })).toBe(
			kindCounts(dataset, NO_FILTER)
		);
		expect(attributedCounts(dataset, NO_FILTER)).toBe(attributedCounts(dataset, NO_FILTER));
	});

	it('counts again under another active filter, and per dataset', () => {
		const dataset = datasetOf(raw);
		const since2024 = actorCounts(dataset, { ...NO_FILTER, from: '2024' });
		expect([...since2024]).toEqual([
			['gov', 2],
			['ttp', 1]
		]);
		expect(actorCounts(dataset, NO_FILTER).get('ttp')).toBe(2);
		expect(kindCounts(dataset, { ...NO_FILTER, q: 'C' }).get('attack')).toBe(1);
		const other = datasetOf({ ...raw, events: raw.events.slice(0, 1) });
		expect(actorCounts(other, NO_FILTER).get('gov')).toBe(0);
	});
});
