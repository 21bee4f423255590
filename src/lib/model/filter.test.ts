import { describe, expect, it } from 'vitest';
import { edtf } from './dates.ts';
import {
	NO_FILTER,
	buildFilterIndex,
	eventMatchesText,
	filterEvents,
	isFiltered,
	normaliseText
} from './filter.ts';
import { actorCounts, kindCounts } from './filter-counts.ts';
import type { EventFilter } from './filter.ts';
import type { Actor, Dataset, EventKind, TimelineEvent } from './types.ts';

type EventInput = Partial<Omit<TimelineEvent, 'date' | 'endDate'>> & {
	id: string;
	date: string;
	endDate?: string;
};

function makeEvent(input: EventInput): TimelineEvent {
	const { date, endDate, ...rest } = input;
	const d = edtf(date);
	const e = endDate === undefined ? undefined : edtf(endDate);
	return {
		title: input.id,
		status: 'reported',
		kind: 'other',
		actors: [],
		sources: [],
		tags: [],
		attributions: [],
		order: 0,
		...rest,
		date: d,
		...(e ? { endDate: e } : {}),
		start: d.start,
		end: e ? e.end : d.end
	};
}

function makeDataset(actors: Actor[], inputs: EventInput[]): Dataset {
	const events = inputs
		.map(makeEvent)
		.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1))
		.map((e, order) => ({ ...e, order }));
	return { id: 'test', title: 'Test', actors, events, links: [], periods: [], stories: [] };
}

const dataset = makeDataset(
	[
		{ id: 'ttp', name: 'Tehrik-i-Taliban Pakistan (TTP)' },
		{ id: 'china', name: "People's Republic of China" },
		{ id: 'pakistan', name: 'Government of Pakistan' },
		{ id: 'army', name: 'Pakistan Army' },
		{ id: 'us', name: 'United States' }
	],
	[
		{
			id: 'besham-attack',
			title: 'Suicide attack on Chinese engineers near Besham',
			date: '2024-03-26',
			kind: 'attack',
			actors: ['ttp', 'china'],
			place: { name: 'Besham, Khyber Pakhtunkhwa' },
			tags: ['cpec']
		},
		{
			id: 'joint-statement',
			title: 'China–Pakistan joint statement',
			summary: 'Both sides call for security for Chinese personnel.',
			date: '2024-06-08',
			kind: 'diplomacy',
			actors: ['china', 'pakistan'],
			tags: ['cpec']
		},
		{
			id: 'azm-launch',
			title: 'Azm-e-Istehkam announced',
			date: '2024-06-22',
			dateAsWritten: 'late June',
			kind: 'military-operation',
			actors: ['pakistan', 'army']
		},
		{
			id: 'peshawar-protest',
			title: 'Protest in Peshāwar',
			date: '2024-06',
			kind: 'political',
			actors: ['ttp']
		},
		{
			id: 'sharif-government',
			title: 'Shehbaz Sharif’s first government',
			date: '2022-04-11',
			endDate: '2023-08',
			kind: 'political',
			actors: ['pakistan']
		},
		{
			id: 'forecast',
			title: 'Further attacks expected',
			date: '2025~',
			status: 'forecast',
			kind: 'statement',
			actors: []
		}
	]
);

const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);
const run = (filter: Partial<EventFilter>) =>
	ids(filterEvents(dataset, { ...NO_FILTER, ...filter }));

describe('the test dataset', () => {
	it('is in chronological order', () => {
		expect(ids(dataset.events)).toEqual([
			'sharif-government',
			'besham-attack',
			'peshawar-protest',
			'joint-statement',
			'azm-launch',
			'forecast'
		]);
	});
});

describe('normaliseText', () => {
	it.each([
		['Peshāwar', 'peshawar'],
		['  ÉTÉ\t à\n\nParis  ', 'ete a paris'],
		['BESHAM', 'besham'],
		['İstanbul  Ærø Ñuñoa', 'istanbul ærø nunoa'],
		['a\u00a0b\u2003 c', 'a b c'],
		['Azm-e-Istehkam', 'azm-e-istehkam'],
		['', ''],
		['   ', '']
	])('%j -> %j', (input, output) => {
		expect(normaliseText(input)).toBe(output);
	});
});

describe('filterEvents', () => {
	it('keeps everything, in order, with no filter', () => {
		expect(run({})).toEqual(ids(dataset.events));
		expect(isFiltered(NO_FILTER)).toBe(false);
	});

	describe('by actor', () => {
		it.each<[string[], EventFilter['match'], string[]]>([
			[['china'], 'any', ['besham-attack', 'joint-statement']],
			[['china'], 'all', ['besham-attack', 'joint-statement']],
			[['china', 'army'], 'any', ['besham-attack', 'joint-statement', 'azm-launch']],
			[['china', 'army'], 'all', []],
			[['ttp', 'china'], 'all', ['besham-attack']],
			[['pakistan', 'army'], 'all', ['azm-launch']],
			[['us'], 'any', []],
			[['nobody'], 'any', []],
			[['china', 'china'], 'all', ['besham-attack', 'joint-statement']]
		])('%j, match %s -> %j', (actors, match, expected) => {
			expect(run({ actors, match })).toEqual(expected);
		});

		it('never keeps events without actors', () => {
			expect(run({ actors: ['ttp', 'china', 'pakistan', 'army', 'us'] })).not.toContain('forecast');
		});
	});

	describe('by kind', () => {
		it.each<[EventKind[], string[]]>([
			[['attack'], ['besham-attack']],
			[['political'], ['sharif-government', 'peshawar-protest']],
			[
				['attack', 'diplomacy'],
				['besham-attack', 'joint-statement']
			],
			[['report'], []]
		])('%j -> %j', (kinds, expected) => {
			expect(run({ kinds })).toEqual(expected);
		});
	});

	describe('by text', () => {
		it.each([
			['besham', ['besham-attack']],
			['BESHAM', ['besham-attack']],
			['peshawar', ['peshawar-protest']],
			['Peshāwar', ['peshawar-protest']],
			['taliban', ['besham-attack', 'peshawar-protest']],
			['ttp', ['besham-attack', 'peshawar-protest']],
			['cpec', ['besham-attack', 'joint-statement']],
			['khyber', ['besham-attack']],
			['late june', ['azm-launch']],
			['personnel', ['joint-statement']],
			['army', ['azm-launch']],
			['chinese attack', ['besham-attack']],
			['  attack   CHINESE ', ['besham-attack']],
			['chinese protest', []],
			['zzz', []]
		])('%j -> %j', (q, expected) => {
			expect(run({ q })).toEqual(expected);
		});

		it('does not match a term across two fields', () => {
			// title ends "Besham", place starts "Besham": "beshambesham" must not be found.
			expect(run({ q: 'beshambesham' })).toEqual([]);
			expect(run({ q: 'engineers near' })).toEqual(['besham-attack']);
		});

		it('treats a blank query as no filter', () => {
			expect(run({ q: '   ' })).toEqual(ids(dataset.events));
			expect(isFiltered({ ...NO_FILTER, q: ' \t ' })).toBe(false);
		});

		it('eventMatchesText works on one event with the names it is given', () => {
			const besham = dataset.events.find((e) => e.id === 'besham-attack')!;
			const names = new Map([['ttp', 'Tehrik-i-Taliban Pakistan']]);
			expect(eventMatchesText(besham, names, 'taliban')).toBe(true);
			expect(eventMatchesText(besham, new Map(), 'taliban')).toBe(false);
			expect(eventMatchesText(besham, new Map(), 'TTP')).toBe(true);
			expect(eventMatchesText(besham, new Map(), '')).toBe(true);
		});
	});

	describe('by time', () => {
		it.each<[string | null, string | null, string[]]>([
			// a month-precision event is kept by a day inside it, dropped by the month before
			['2024-06-15', null, ['peshawar-protest', 'azm-launch', 'forecast']],
			[null, '2024-05', ['sharif-government', 'besham-attack']],
			[
				null,
				'2024-06',
				['sharif-government', 'besham-attack', 'peshawar-protest', 'joint-statement', 'azm-launch']
			],
			// bounds are whole units: to=2024-06-08 includes that day, from=2024-03-27 excludes 26 March
			['2024-03-26', '2024-06-08', ['besham-attack', 'peshawar-protest', 'joint-statement']],
			['2024-03-27', '2024-06-07', ['peshawar-protest']],
			// a spanning event is kept when any part overlaps
			[
				'2023',
				null,
				[
					'sharif-government',
					'besham-attack',
					'peshawar-protest',
					'joint-statement',
					'azm-launch',
					'forecast'
				]
			],
			[
				'2023-09',
				null,
				['besham-attack', 'peshawar-protest', 'joint-statement', 'azm-launch', 'forecast']
			],
			[null, '2022-04-10', []],
			[null, '2022-04-11', ['sharif-government']],
			['2025', '2025', ['forecast']]
		])('from %s to %s -> %j', (from, to, expected) => {
			expect(run({ from, to })).toEqual(expected);
		});

		it('swaps bounds given the wrong way round', () => {
			expect(run({ from: '2024-06', to: '2024-03' })).toEqual(
				run({ from: '2024-03', to: '2024-06' })
			);
			expect(run({ from: '2024-06', to: '2024-03' })).toEqual([
				'besham-attack',
				'peshawar-protest',
				'joint-statement',
				'azm-launch'
			]);
		});

		it('ignores unparseable bounds', () => {
			expect(run({ from: '2024-13', to: 'soon' })).toEqual(ids(dataset.events));
			expect(isFiltered({ ...NO_FILTER, from: '2024-13' })).toBe(false);
			expect(run({ from: 'junk', to: '2023' })).toEqual(['sharif-government']);
		});
	});

	it('combines every filter', () => {
		expect(run({ actors: ['china', 'pakistan'], kinds: ['diplomacy', 'political'] })).toEqual([
			'sharif-government',
			'joint-statement'
		]);
		expect(
			run({
				actors: ['china', 'pakistan'],
				kinds: ['diplomacy', 'political'],
				from: '2024'
			})
		).toEqual(['joint-statement']);
		expect(run({ actors: ['pakistan'], q: 'cpec', from: '2024', to: '2024-06' })).toEqual([
			'joint-statement'
		]);
		expect(
			run({ actors: ['ttp', 'china'], match: 'all', q: 'taliban', kinds: ['attack'] })
		).toEqual(['besham-attack']);
		expect(run({ actors: ['ttp'], kinds: ['diplomacy'] })).toEqual([]);
	});

	it('gives the same result with a search index, and ignores an index of another dataset', () => {
		const index = buildFilterIndex(dataset);
		const other = buildFilterIndex(makeDataset([], [{ id: 'x', date: '2024', title: 'besham' }]));
		for (const q of ['besham', 'taliban', 'late june', 'cpec chinese', 'zzz', '']) {
			const filter = { ...NO_FILTER, q };
			const plain = ids(filterEvents(dataset, filter));
			expect(ids(filterEvents(dataset, filter, index))).toEqual(plain);
			expect(ids(filterEvents(dataset, filter, other))).toEqual(plain);
		}
	});

	it('does not modify its inputs', () => {
		const before = JSON.stringify(dataset);
		const filter = { ...NO_FILTER, actors: ['ttp'], kinds: ['attack' as const], q: 'x' };
		filterEvents(dataset, filter);
		actorCounts(dataset, filter);
		kindCounts(dataset, filter);
		expect(JSON.stringify(dataset)).toBe(before);
		expect(filter.actors).toEqual(['ttp']);
	});
});

describe('isFiltered', () => {
	it.each<[Partial<EventFilter>, boolean]>([
		[{}, false],
		[{ match: 'all' }, false],
		[{ actors: ['ttp'] }, true],
		[{ kinds: ['attack'] }, true],
		[{ q: 'x' }, true],
		[{ from: '2024' }, true],
		[{ to: '2024-06-01' }, true]
	])('%j -> %s', (filter, expected) => {
		expect(isFiltered({ ...NO_FILTER, ...filter })).toBe(expected);
	});
});

describe('actorCounts', () => {
	it('counts every actor, zeros included, in dataset order', () => {
		const counts = actorCounts(dataset, NO_FILTER);
		expect([...counts]).toEqual([
			['ttp', 2],
			['china', 2],
			['pakistan', 3],
			['army', 1],
			['us', 0]
		]);
	});

	it('reflects the other filters but not the actor selection itself', () => {
		const counts = actorCounts(dataset, {
			...NO_FILTER,
			actors: ['us'],
			match: 'all',
			kinds: ['attack', 'diplomacy']
		});
		expect(Object.fromEntries(counts)).toEqual({ ttp: 1, china: 2, pakistan: 1, army: 0, us: 0 });
		expect(
			Object.fromEntries(actorCounts(dataset, { ...NO_FILTER, q: 'cpec', from: '2024-04' }))
		).toEqual({ ttp: 0, china: 1, pakistan: 1, army: 0, us: 0 });
	});

	it('matches filterEvents with just that actor selected', () => {
		const filter: EventFilter = { ...NO_FILTER, q: 'pakistan', to: '2024-06' };
		for (const [id, n] of actorCounts(dataset, filter)) {
			expect(filterEvents(dataset, { ...filter, actors: [id] })).toHaveLength(n);
		}
	});
});

describe('kindCounts', () => {
	it('counts every kind, zeros included, and reflects the actor filter', () => {
		const all = kindCounts(dataset, NO_FILTER);
		expect(all.size).toBe(9);
		expect(all.get('political')).toBe(2);
		expect(all.get('report')).toBe(0);
		const counts = kindCounts(dataset, { ...NO_FILTER, actors: ['pakistan'], kinds: ['attack'] });
		expect(Object.fromEntries(counts)).toEqual({
			attack: 0,
			diplomacy: 1,
			'military-operation': 1,
			political: 1,
			economic: 0,
			publication: 0,
			report: 0,
			statement: 0,
			other: 0
		});
	});
});

describe('an empty dataset', () => {
	const empty: Dataset = {
		id: 'e',
		title: 'E',
		actors: [],
		events: [],
		links: [],
		periods: [],
		stories: []
	};
	const filter: EventFilter = { ...NO_FILTER, actors: ['ttp'], q: 'x', from: '2024' };

	it('filters to nothing and counts nothing', () => {
		expect(filterEvents(empty, NO_FILTER)).toEqual([]);
		expect(filterEvents(empty, filter, buildFilterIndex(empty))).toEqual([]);
		expect(actorCounts(empty, filter).size).toBe(0);
		expect([...kindCounts(empty, filter).values()].every((n) => n === 0)).toBe(true);
	});
});

describe('a large dataset', () => {
	it('filters 50,000 events by actor correctly', () => {
		const actors = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}` }));
		const base = edtf('2000-01-01');
		const day = 86_400_000;
		const events: TimelineEvent[] = Array.from({ length: 50_000 }, (_, i) => ({
			id: `e${i}`,
			title: `Event ${i}`,
			date: base,
			start: base.start + i * day,
			end: base.start + (i + 1) * day,
			status: 'reported',
			kind: 'other',
			// event i involves actors i mod 40 and i mod 7
			actors: [...new Set([`a${i % 40}`, `a${i % 7}`])],
			sources: [],
			tags: [],
			attributions: [],
			order: i
		}));
		const big: Dataset = {
			id: 'big',
			title: 'Big',
			actors,
			events,
			links: [],
			periods: [],
			stories: []
		};

		const any = filterEvents(big, { ...NO_FILTER, actors: ['a3', 'a20'] });
		const expectedAny = events.filter(
			(_, i) => i % 40 === 3 || i % 7 === 3 || i % 40 === 20 || i % 7 === 20
		);
		expect(any.map((e) => e.order)).toEqual(expectedAny.map((e) => e.order));
		expect(any.length).toBeGreaterThan(0);

		const all = filterEvents(big, { ...NO_FILTER, actors: ['a3', 'a5'], match: 'all' });
		expect(all.map((e) => e.order)).toEqual(
			events
				.filter((_, i) => (i % 40 === 3 || i % 7 === 3) && (i % 40 === 5 || i % 7 === 5))
				.map((e) => e.order)
		);
		expect(all.length).toBeGreaterThan(0);

		const counts = actorCounts(big, NO_FILTER);
		expect(counts.get('a39')).toBe(1250);
		expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(
			events.reduce((n, e) => n + e.actors.length, 0)
		);
	});
});
