import { describe, expect, it } from 'vitest';
import { edtf } from './dates.ts';
import { describeEvent, describeLink, eventDescription } from './describe.ts';
import type { CausalLink, TimelineEvent } from './types.ts';

const besham: TimelineEvent = {
	id: 'besham-attack',
	title: 'Besham attack',
	date: edtf('2024-03-26'),
	start: 0,
	end: 0,
	status: 'reported',
	kind: 'attack',
	actors: ['ttp', 'china'],
	sources: [],
	tags: [],
	attributions: [],
	order: 0
};
const actors = new Map([
	['ttp', { name: 'TTP' }],
	['china', { name: 'China' }]
]);

describe('describeEvent', () => {
	it('names title, date, kind and actors', () => {
		expect(describeEvent(besham, actors)).toBe(
			'Besham attack, 26 March 2024, attack; actors: TTP, China'
		);
	});

	it('says ranges, uncertainty and forecasts in words', () => {
		const visit = {
			...besham,
			title: 'Visit',
			kind: 'diplomacy' as const,
			date: edtf('2024-06-04'),
			endDate: edtf('2024-06-08'),
			actors: []
		};
		expect(describeEvent(visit, actors)).toBe('Visit, 4 June 2024 to 8 June 2024, diplomacy');
		const forecast = {
			...visit,
			endDate: undefined,
			date: edtf('2024-06?'),
			status: 'forecast' as const
		};
		expect(describeEvent(forecast, actors)).toBe(
			'Visit, June 2024, uncertain, diplomacy (forecast: a prediction, not an event)'
		);
	});
});

describe('eventDescription', () => {
	it('names an event as describeEvent does, and follows another lookup of actors', () => {
		expect(eventDescription(besham, actors)).toBe(describeEvent(besham, actors));
		expect(eventDescription(besham, actors)).toBe(eventDescription(besham, actors));
		const renamed = new Map([...actors, ['ttp', { name: 'Tehrik-i-Taliban Pakistan' }]]);
		expect(eventDescription(besham, renamed)).toContain('Tehrik-i-Taliban Pakistan');
		expect(eventDescription({ ...besham, title: 'Other' }, actors)).toMatch(/^Other, /);
	});
});

describe('describeLink', () => {
	it('tells an inference from a report, with the hedge said once', () => {
		const link: CausalLink = {
			id: 'a->b',
			from: 'a',
			to: 'b',
			label: 'prompted',
			basis: 'inferred',
			hedge: 'likely',
			sources: []
		};
		const events = new Map([
			['a', { title: 'The joint statement' }],
			['b', { title: 'the launch of Azm-e-Istehkam' }]
		]);
		expect(describeLink(link, events)).toBe(
			"The joint statement likely prompted the launch of Azm-e-Istehkam — an author's inference"
		);
		expect(describeLink({ ...link, basis: 'reported', hedge: undefined }, events)).toBe(
			'The joint statement prompted the launch of Azm-e-Istehkam — reported by a source'
		);
		// A label that carries the hedge already does not get it again.
		const hedged = { ...link, label: 'likely prompted the timing of' };
		expect(describeLink(hedged, events)).toBe(
			"The joint statement likely prompted the timing of the launch of Azm-e-Istehkam — an author's inference"
		);
	});
});
