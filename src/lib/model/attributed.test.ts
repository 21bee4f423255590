/** The actor filter and its counts with attributions: attributed events count apart. */
import { describe, expect, it } from 'vitest';
import { NO_FILTER, attributedOnly, filterEvents, isAttributedOnly } from './filter.ts';
import { actorCounts, attributedCounts } from './filter-counts.ts';
import { validateDataset } from './validate.ts';

const dataset = validateDataset({
	actors: [
		{ id: 'ttp', name: 'TTP' },
		{ id: 'gov', name: 'Government' },
		{ id: 'china', name: 'China' }
	],
	events: [
		{ id: 'ceasefire-end', title: 'TTP ends the ceasefire', date: '2022-11-28', actors: ['ttp'] },
		{
			id: 'besham',
			title: 'Besham attack',
			date: '2024-03-26',
			actors: ['china'],
			attributions: [{ actor: 'ttp', status: 'attributed', by: 'gov' }]
		},
		{
			id: 'peshawar',
			title: 'Peshawar bombing',
			date: '2023-01-30',
			attributions: [
				{ actor: 'ttp', status: 'claimed' },
				{ actor: 'ttp', status: 'denied' }
			]
		},
		{ id: 'visit', title: 'Visit', date: '2024-06-04', actors: ['gov', 'china'] }
	]
}).dataset!;
const ids = (f: Partial<typeof NO_FILTER>) =>
	filterEvents(dataset, { ...NO_FILTER, ...f }).map((e) => e.id);

describe('attributions in the actor filter', () => {
	it('keeps attributed, claimed and denied events by default, and only participants on request', () => {
		expect(ids({ actors: ['ttp'] })).toEqual(['ceasefire-end', 'peshawar', 'besham']);
		expect(ids({ actors: ['ttp'], attributed: 'exclude' })).toEqual(['ceasefire-end']);
	});

	it('with "all", every selected actor must be tied to the event', () => {
		expect(ids({ actors: ['ttp', 'china'], match: 'all' })).toEqual(['besham']);
		expect(ids({ actors: ['ttp', 'china'], match: 'all', attributed: 'exclude' })).toEqual([]);
	});

	it('counts participants and attributed-only events apart, each event once', () => {
		expect(actorCounts(dataset, NO_FILTER).get('ttp')).toBe(1);
		expect(attributedCounts(dataset, NO_FILTER).get('ttp')).toBe(2);
		expect(attributedCounts(dataset, NO_FILTER).get('china')).toBe(0);
		// Under the other filters, as the participant counts are.
		expect(attributedCounts(dataset, { ...NO_FILTER, from: '2024' }).get('ttp')).toBe(1);
	});

	it('tells an attributed-only tie from a participant', () => {
		const byId = new Map(dataset.events.map((e) => [e.id, e]));
		expect(isAttributedOnly(byId.get('besham')!, 'ttp')).toBe(true);
		expect(isAttributedOnly(byId.get('besham')!, 'china')).toBe(false);
		expect(isAttributedOnly(byId.get('ceasefire-end')!, 'ttp')).toBe(false);
	});

	it('picks out the shown events that no selected actor takes part in', () => {
		const f = { ...NO_FILTER, actors: ['ttp'] };
		const shown = filterEvents(dataset, f);
		expect(attributedOnly(shown, f).map((e) => e.id)).toEqual(['peshawar', 'besham']);
		expect(attributedOnly(shown, { ...f, attributed: 'exclude' })).toEqual([]);
		expect(attributedOnly(shown, NO_FILTER)).toEqual([]);
	});
});
