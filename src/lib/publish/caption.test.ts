import { describe, expect, it } from 'vitest';
import { sourceText, titleLine, viewCaption, type StepPlace } from './caption.ts';
import { NO_FILTER, type EventFilter } from '../model/filter.ts';
import { datasetOf } from '../model/fixture.ts';

const dataset = datasetOf({
	id: 'caption',
	title: 'The road to Azm-e-Istehkam',
	actors: [
		{ id: 'ttp', name: 'Tehrik-i-Taliban Pakistan (TTP)' },
		{ id: 'china', name: 'China' }
	],
	events: [
		{ id: 'a', title: 'A', date: '2022-03-26', actors: ['ttp'] },
		{ id: 'b', title: 'B', date: '2023-05', actors: ['china'] },
		{ id: 'c', title: 'C', date: '2024', actors: ['ttp', 'china'] }
	]
});
const f = (part: Partial<EventFilter>): EventFilter => ({ ...NO_FILTER, ...part });
const story: StepPlace = { title: 'The argument', number: 2, total: 11 };

describe('viewCaption', () => {
	const cases: [string, Parameters<typeof viewCaption>[0], string | null][] = [
		['the whole timeline has none', { filter: f({}), shown: 3, story: null }, null],
		[
			'an actor, a range of years and the count',
			{ filter: f({ actors: ['ttp'], from: '2022', to: '2024' }), shown: 2, story: null },
			'Events involving Tehrik-i-Taliban Pakistan (TTP), 2022–2024 · 2 of 3 events'
		],
		[
			'a kind with nothing left to show',
			{ filter: f({ kinds: ['attack'] }), shown: 0, story: null },
			'Attacks · 0 of 3 events'
		],
		['a story step', { filter: f({}), shown: 3, story }, 'Story: The argument, step 2 of 11'],
		[
			'a story step in a filtered view',
			{ filter: f({ actors: ['china'] }), shown: 2, story },
			'Story: The argument, step 2 of 11 · Events involving China · 2 of 3 events'
		]
	];
	it.each(cases)('%s', (_, view, text) => {
		expect(viewCaption(view, dataset)).toBe(text);
	});
});

describe('titleLine', () => {
	const cases: [string, { headline: boolean; caption: string }, string, string | null][] = [
		['the dataset title by default', { headline: true, caption: '' }, 'Title', 'Title'],
		['none when the headline is off', { headline: false, caption: '' }, 'Title', null],
		[
			'the publisher’s text replaces it',
			{ headline: true, caption: 'Our view' },
			'Title',
			'Our view'
		],
		[
			'the publisher’s text shows without the headline',
			{ headline: false, caption: ' Ours ' },
			'T',
			'Ours'
		],
		['a blank title is no line', { headline: true, caption: '' }, '  ', null]
	];
	it.each(cases)('%s', (_, options, title, line) => {
		expect(titleLine(options, title)).toBe(line);
	});
});

describe('sourceText', () => {
	it('names the dataset, or Causeway when it has no title', () => {
		expect(sourceText(' The road ')).toBe('Source: The road');
		expect(sourceText('')).toBe('Source: Causeway');
	});
});
