import { describe, expect, it } from 'vitest';
import { describeFilter, listText } from './filter-caption.ts';
import { NO_FILTER, type EventFilter } from './filter.ts';
import { datasetOf } from './fixture.ts';

const dataset = datasetOf({
	id: 'caption',
	title: 'Caption test',
	actors: [
		{ id: 'ttp', name: 'Tehrik-i-Taliban Pakistan (TTP)' },
		{ id: 'china', name: 'People’s Republic of China' },
		{ id: 'us', name: 'United States' }
	],
	events: [{ id: 'a', title: 'A', date: '2024-03-26', actors: ['ttp'] }]
});

const f = (part: Partial<EventFilter>): EventFilter => ({ ...NO_FILTER, ...part });

describe('describeFilter', () => {
	const cases: [string, Partial<EventFilter>, string | null][] = [
		['nothing filtered', {}, null],
		['match alone does not filter', { match: 'all' }, null],
		['a blank search does not filter', { q: '   ' }, null],
		['an unparseable bound alone does not filter', { from: '2024-13' }, null],
		['one actor', { actors: ['ttp'] }, 'Events involving Tehrik-i-Taliban Pakistan (TTP)'],
		[
			'one actor and a range of years',
			{ actors: ['ttp'], from: '2022', to: '2024' },
			'Events involving Tehrik-i-Taliban Pakistan (TTP), 2022–2024'
		],
		[
			'two actors, any',
			{ actors: ['ttp', 'china'] },
			'Events involving Tehrik-i-Taliban Pakistan (TTP) or People’s Republic of China'
		],
		[
			'two actors, all',
			{ actors: ['ttp', 'china'], match: 'all' },
			'Events involving both Tehrik-i-Taliban Pakistan (TTP) and People’s Republic of China'
		],
		[
			'three actors, all',
			{ actors: ['ttp', 'china', 'us'], match: 'all' },
			'Events involving all of Tehrik-i-Taliban Pakistan (TTP), People’s Republic of China and United States'
		],
		[
			'three actors, any',
			{ actors: ['ttp', 'china', 'us'] },
			'Events involving Tehrik-i-Taliban Pakistan (TTP), People’s Republic of China or United States'
		],
		[
			'one actor, attributed excluded',
			{ actors: ['ttp'], attributed: 'exclude' },
			'Events involving Tehrik-i-Taliban Pakistan (TTP) as a participant'
		],
		[
			'two actors, attributed excluded',
			{ actors: ['ttp', 'us'], attributed: 'exclude' },
			'Events involving Tehrik-i-Taliban Pakistan (TTP) or United States as participants'
		],
		['an actor the dataset lacks is named by its id', { actors: ['pti'] }, 'Events involving pti'],
		['a repeated actor is named once', { actors: ['us', 'us'] }, 'Events involving United States'],
		['one kind', { kinds: ['attack'] }, 'Attacks'],
		['kinds in the legend’s order', { kinds: ['statement', 'attack'] }, 'Attacks and statements'],
		[
			'three kinds',
			{ kinds: ['military-operation', 'diplomacy', 'other'] },
			'Diplomatic events, military operations and other events'
		],
		[
			'kinds and an actor',
			{ kinds: ['attack', 'statement'], actors: ['ttp'] },
			'Attacks and statements involving Tehrik-i-Taliban Pakistan (TTP)'
		],
		['text', { q: 'bus' }, 'Events matching “bus”'],
		['text is trimmed and tidied', { q: '  bus   attack ' }, 'Events matching “bus attack”'],
		[
			'quotation marks in the text nest',
			{ q: '"cypher" meeting' },
			'Events matching “‘cypher’ meeting”'
		],
		[
			'text and an actor',
			{ q: 'bus', actors: ['ttp'] },
			'Events involving Tehrik-i-Taliban Pakistan (TTP), matching “bus”'
		],
		['a range alone', { from: '2022', to: '2024' }, 'Events in 2022–2024'],
		['one month', { from: '2024-06', to: '2024-06' }, 'Events in June 2024'],
		['days', { from: '2024-06-04', to: '2024-06-08' }, 'Events in 4–8 June 2024'],
		['mixed precision', { from: '2022-04', to: '2024' }, 'Events in April 2022 – 2024'],
		['bounds the wrong way round', { from: '2024', to: '2022' }, 'Events in 2022–2024'],
		['from only', { from: '2024-06' }, 'Events from June 2024'],
		['to only', { to: '2023' }, 'Events up to 2023'],
		['an unparseable bound is left out', { from: 'soon', to: '2023' }, 'Events up to 2023'],
		['a kind and a range', { kinds: ['attack'], from: '2024' }, 'Attacks from 2024'],
		['text and a range', { q: 'bus', from: '2024', to: '2024' }, 'Events matching “bus”, 2024'],
		[
			'everything',
			{
				actors: ['ttp', 'china'],
				match: 'all',
				attributed: 'exclude',
				kinds: ['attack'],
				q: 'bus',
				from: '2021-07-14',
				to: '2024-03-26'
			},
			'Attacks involving both Tehrik-i-Taliban Pakistan (TTP) and People’s Republic of China as participants, matching “bus”, 14 July 2021 – 26 March 2024'
		]
	];
	it.each(cases)('%s', (_name, filter, expected) => {
		expect(describeFilter(f(filter), dataset)).toBe(expected);
	});
});

describe('listText', () => {
	it.each([
		[[], 'and', ''],
		[['a'], 'and', 'a'],
		[['a', 'b'], 'and', 'a and b'],
		[['a', 'b', 'c'], 'or', 'a, b or c']
	] as const)('%j %s', (items, last, expected) => {
		expect(listText(items, last)).toBe(expected);
	});
});
