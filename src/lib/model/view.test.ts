import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from './types.ts';
import type { EventKind } from './types.ts';
import {
	DEFAULT_VIEW,
	ELEMENT_ATTRIBUTES,
	parseView,
	sameView,
	serialiseView,
	SETTABLE_FIELDS,
	VIEW_PARAMS,
	viewToSearch
} from './view.ts';
import { withFields } from './view-fields.ts';
import type { ViewState } from './view.ts';

const parse = (search: string, known?: Parameters<typeof parseView>[1]) =>
	parseView(new URLSearchParams(search), known);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('parseView: defaults and junk', () => {
	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual(DEFAULT_VIEW);
		expect(parse('?')).toEqual(DEFAULT_VIEW);
	});

	it.each([
		'match=some',
		'match=ALL',
		'kinds=nonsense',
		'kinds=,,,',
		'actors=',
		'actors=a%20b,%3Cscript%3E',
		`actors=${'x'.repeat(65)}`,
		'q=',
		'q=%20%20%20',
		'from=2024-13',
		'from=2024-02-30',
		'from=2024~',
		'from=2024-06%3F',
		'from=24',
		'to=June',
		'to=2024/06',
		'event=',
		'event=a%20b',
		'event=../x',
		'layout=grid',
		'arrows=yes',
		'arrows=true',
		'arrows=',
		'theme=blue',
		'view=2024-01-01/2023-01-01',
		'view=2024-01-01/2024-01-01',
		'view=2024/2024',
		'view=2024-01-01',
		'view=2024-01-01/',
		'view=2024-01-01/2024-13-01',
		'view=2024~/2025',
		'view=2024/2025/2026',
		'src=javascript:alert(1)',
		'src=data:application/json,{}',
		'src=//evil.example/data.json',
		'src=/%5Cevil.example/data.json',
		'src=/%09/evil.example',
		'src=ftp://example.org/d.json',
		'src=http://',
		'src=data.json',
		'src=',
		'controls=no',
		'unknown=1',
		'%E0%A4%A=%ZZ',
		'&&&=&=',
		'actors&kinds&q&from&to&event&view&src'
	])('%s -> the default view', (search) => {
		expect(parse(search)).toEqual(DEFAULT_VIEW);
	});

	it.each<[string, Partial<ViewState>]>([
		['kinds=attack,nonsense', { kinds: ['attack'] }],
		['kinds=diplomacy,attack,diplomacy', { kinds: ['diplomacy', 'attack'] }],
		['actors=ttp,a%20b,china,ttp,,', { actors: ['ttp', 'china'] }],
		['actors=%20ttp%20,china', { actors: ['ttp', 'china'] }],
		['q=%20%20Besham%20%20attack%0A', { q: 'Besham attack' }],
		['q=a+b', { q: 'a b' }],
		[`q=${'x'.repeat(250)}`, { q: 'x'.repeat(200) }],
		[`q=${'é'.repeat(250)}`, { q: 'é'.repeat(200) }],
		[`q=${'🙂'.repeat(201)}`, { q: '🙂'.repeat(200) }],
		['from=2024&to=2023-02-28', { from: '2024', to: '2023-02-28' }],
		['from=2024-02-29', { from: '2024-02-29' }],
		['view=2024-01-01%2F2024-01-02', { view: { start: '2024-01-01', end: '2024-01-02' } }],
		['view=2024/2024-06', { view: { start: '2024', end: '2024-06' } }],
		['src=https://example.org/data.json?a=1', { src: 'https://example.org/data.json?a=1' }],
		['src=HTTP://example.org/d.json', { src: 'HTTP://example.org/d.json' }],
		['src=/data/other.json', { src: '/data/other.json' }],
		['arrows=0&controls=0', { arrows: false, controls: false }],
		['match=all&layout=actors&theme=dark', { match: 'all', layout: 'actors', theme: 'dark' }],
		['event=besham-attack&extra=1&utm_source=x', { event: 'besham-attack' }],
		['match=all&match=any', { match: 'all' }],
		['from=2024-13&to=2025&arrows=yes&theme=light', { to: '2025', theme: 'light' }]
	])('%s -> a partial view', (search, patch) => {
		expect(parse(search)).toEqual(view(patch));
	});

	it('respects the known actor and event ids when given', () => {
		const known = { actors: new Set(['ttp', 'china']), events: new Set(['besham-attack']) };
		expect(parse('actors=ttp,us,china&event=besham-attack', known)).toEqual(
			view({ actors: ['ttp', 'china'], event: 'besham-attack' })
		);
		expect(parse('actors=us&event=azm-launch', known)).toEqual(DEFAULT_VIEW);
		expect(parse('actors=us&event=azm-launch', { actors: new Set(['us']) })).toEqual(
			view({ actors: ['us'], event: 'azm-launch' })
		);
		expect(parse('actors=us&event=azm-launch', { events: new Set() })).toEqual(
			view({ actors: ['us'] })
		);
	});

	it('never throws, whatever the input', () => {
		const rand = randomLcg(0.7);
		const alphabet = 'az09=&,/%+?#~-_ .:\\é🙂\u0000\n';
		const keys = [
			...'actors match kinds q from to event layout arrows theme view src controls x'.split(' ')
		];
		for (let n = 0; n < 300; n++) {
			let search = '';
			for (let k = 0; k < 4; k++) {
				search += `&${pick(rand, keys)}=`;
				for (let c = int(rand, 12); c > 0; c--) search += pick(rand, [...alphabet]);
			}
			expect(() => parse(search)).not.toThrow();
		}
	});
});

describe('serialiseView', () => {
	it('writes nothing for the default view', () => {
		expect(serialiseView(DEFAULT_VIEW).toString()).toBe('');
		expect(viewToSearch(DEFAULT_VIEW)).toBe('');
		expect(viewToSearch(DEFAULT_VIEW, { embed: true })).toBe('');
	});

	it('writes only non-default values, in the fixed order', () => {
		const state = view({
			controls: false,
			src: '/data/x.json',
			view: { start: '2024-01', end: '2024-07-15' },
			theme: 'dark',
			arrows: false,
			layout: 'actors',
			event: 'besham-attack',
			to: '2024-06',
			from: '2023',
			q: 'a & b, c/d',
			kinds: ['diplomacy', 'attack'],
			match: 'all',
			attributed: 'exclude',
			actors: ['ttp', 'china']
		});
		expect([...serialiseView(state, { embed: true }).keys()]).toEqual([
			'actors',
			'match',
			'attributed',
			'kinds',
			'q',
			'from',
			'to',
			'event',
			'layout',
			'arrows',
			'theme',
			'view',
			'src',
			'controls'
		]);
		expect(viewToSearch(state, { embed: true })).toBe(
			'?actors=ttp,china&match=all&attributed=exclude&kinds=diplomacy,attack&q=a+%26+b,+c/d&from=2023&to=2024-06' +
				'&event=besham-attack&layout=actors&arrows=0&theme=dark&view=2024-01/2024-07-15' +
				'&src=/data/x.json&controls=0'
		);
	});

	it('writes controls only for the embed', () => {
		const state = view({ controls: false });
		expect(viewToSearch(state)).toBe('');
		expect(viewToSearch(state, { embed: true })).toBe('?controls=0');
		expect(viewToSearch(view({ controls: true }), { embed: true })).toBe('');
	});

	it('keeps src readable but its own query string encoded', () => {
		const search = viewToSearch(view({ src: 'https://example.org/d.json?a=1&b=2#x' }));
		expect(search).toBe('?src=https://example.org/d.json%3Fa%3D1%26b%3D2%23x');
		expect(parse(search).src).toBe('https://example.org/d.json?a=1&b=2#x');
	});

	it('writes a blank query as nothing and a messy one tidied', () => {
		expect(viewToSearch(view({ q: '   ' }))).toBe('');
		expect(viewToSearch(view({ q: ' a   b ' }))).toBe('?q=a+b');
	});
});

describe('sameView', () => {
	it('compares every field, with actor and kind lists as sets', () => {
		const a = view({ actors: ['ttp', 'china'], kinds: ['attack', 'diplomacy'] });
		expect(sameView(a, view({ actors: ['china', 'ttp'], kinds: ['diplomacy', 'attack'] }))).toBe(
			true
		);
		expect(sameView(a, view({ actors: ['ttp'], kinds: ['attack', 'diplomacy'] }))).toBe(false);
		expect(sameView(DEFAULT_VIEW, view({}))).toBe(true);
		const changes: Partial<ViewState>[] = [
			{ match: 'all' },
			{ q: 'x' },
			{ from: '2024' },
			{ to: '2024' },
			{ event: 'e' },
			{ layout: 'actors' },
			{ arrows: false },
			{ theme: 'light' },
			{ view: { start: '2024', end: '2025' } },
			{ src: '/x.json' },
			{ controls: false }
		];
		for (const change of changes) expect(sameView(DEFAULT_VIEW, view(change))).toBe(false);
		expect(
			sameView(
				view({ view: { start: '2024', end: '2025' } }),
				view({ view: { start: '2024', end: '2025-01' } })
			)
		).toBe(false);
	});
});

// --- round trip over random valid states -------------------------------------------------

const int = (rand: () => number, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: () => number, items: readonly T[]): T => items[int(rand, items.length)];
const chance = (rand: () => number, p: number) => rand() < p;

function subset<T>(rand: () => number, items: readonly T[]): T[] {
	const shuffled = [...items];
	for (let i = shuffled.length - 1; i > 0; i--) {
		const j = int(rand, i + 1);
		[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
	}
	return shuffled.slice(0, int(rand, items.length + 1));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function randomDate(rand: () => number): string {
	const year = pad(1900 + int(rand, 200), 4);
	switch (int(rand, 3)) {
		case 0:
			return year;
		case 1:
			return `${year}-${pad(1 + int(rand, 12))}`;
		default:
			return `${year}-${pad(1 + int(rand, 12))}-${pad(1 + int(rand, 28))}`;
	}
}

/** Start of a plain date, for ordering: the text compares the same way once padded to a day. */
const startKey = (d: string) => (d + '-01-01').slice(0, 10);

const ACTOR_IDS = ['ttp', 'china', 'pakistan', 'pak-army', 'US', 'a_b', 'x-1', 'A'.repeat(64)];
const EVENT_IDS = ['besham-attack', 'azm-launch', 'e1', 'Z_9'];
const WORDS = [
	'besham',
	'Peshāwar',
	'é',
	'a&b',
	'x=y',
	'a/b',
	'1,2',
	'+',
	'%20',
	'#',
	'?',
	'中国',
	'🙂'
];
const SRCS = [
	'https://example.org/data.json',
	'https://example.org/d.json?a=1&b=2,3#frag',
	'http://localhost:5173/data/x.json',
	'/data/azm-e-istehkam.json',
	'/d?x=a%2Fb'
];

function randomState(rand: () => number): ViewState {
	let view: ViewState['view'] = null;
	if (chance(rand, 0.5)) {
		const a = randomDate(rand);
		const b = randomDate(rand);
		if (startKey(a) !== startKey(b)) {
			view = startKey(a) < startKey(b) ? { start: a, end: b } : { start: b, end: a };
		}
	}
	const words = chance(rand, 0.5)
		? []
		: Array.from({ length: 1 + int(rand, 5) }, () => pick(rand, WORDS));
	return {
		actors: chance(rand, 0.3) ? [] : subset(rand, ACTOR_IDS),
		match: pick(rand, ['any', 'all'] as const),
		attributed: pick(rand, ['include', 'exclude'] as const),
		kinds: chance(rand, 0.3) ? [] : subset<EventKind>(rand, EVENT_KINDS),
		q: words.join(' '),
		from: chance(rand, 0.5) ? null : randomDate(rand),
		to: chance(rand, 0.5) ? null : randomDate(rand),
		event: chance(rand, 0.5) ? null : pick(rand, EVENT_IDS),
		layout: pick(rand, ['compact', 'actors'] as const),
		arrows: chance(rand, 0.5),
		theme: pick(rand, ['light', 'dark', 'auto'] as const),
		view,
		src: chance(rand, 0.5) ? null : pick(rand, SRCS),
		controls: chance(rand, 0.5),
		headline: chance(rand, 0.5),
		description: chance(rand, 0.5),
		caption: chance(rand, 0.5) ? '' : words.slice(0, 3).join(' ') || 'Our reporting',
		height: chance(rand, 0.5) ? null : 200 + int(rand, 3801),
		story: chance(rand, 0.5) ? null : 'the-argument',
		step: 1 + int(rand, 12)
	};
}

describe('round trip', () => {
	const rand = randomLcg(0.20240626);
	const states = Array.from({ length: 400 }, () => randomState(rand));
	const known = {
		actors: new Set(ACTOR_IDS),
		events: new Set(EVENT_IDS),
		stories: new Set(['the-argument'])
	};

	it('generates varied states', () => {
		expect(states.filter((s) => s.view !== null).length).toBeGreaterThan(50);
		expect(states.filter((s) => s.q !== '').length).toBeGreaterThan(50);
		expect(states.filter((s) => s.actors.length > 1).length).toBeGreaterThan(50);
	});

	it('parseView(serialiseView(s)) deep-equals s', () => {
		for (const s of states) {
			expect(parseView(serialiseView(s, { embed: true }))).toEqual(s);
			expect(parseView(serialiseView(s, { embed: true }), known)).toEqual(s);
		}
	});

	it('parsing the hand-built query string gives the same state', () => {
		for (const s of states) {
			const search = viewToSearch(s, { embed: true });
			const back = parseView(new URLSearchParams(search));
			expect(back).toEqual(s);
			expect(sameView(back, s)).toBe(true);
			// and the URL is stable: writing the parsed state again gives the same string
			expect(viewToSearch(back, { embed: true })).toBe(search);
		}
	});

	it('without embed, the embed-only rows fall back to their defaults', () => {
		const embedOnly = {
			controls: true,
			headline: true,
			description: false,
			caption: '',
			height: null
		};
		for (const s of states) {
			expect(parseView(new URLSearchParams(viewToSearch(s)))).toEqual({ ...s, ...embedOnly });
		}
	});
});

// --- the table as a whole ------------------------------------------------------------------

describe('VIEW_PARAMS', () => {
	const rand = randomLcg(0.31);
	const states = Array.from({ length: 200 }, () => randomState(rand));

	it('has one row per view field, and the default view is made of their defaults', () => {
		expect(VIEW_PARAMS.map((p) => p.key).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
		for (const p of VIEW_PARAMS) expect(DEFAULT_VIEW[p.key], p.key).toEqual(p.default);
		expect(ELEMENT_ATTRIBUTES).toEqual(VIEW_PARAMS.map((p) => p.key));
		expect(SETTABLE_FIELDS).toEqual(
			[
				...[
					'event',
					'actors',
					'match',
					'attributed',
					'kinds',
					'q',
					'from',
					'to',
					'layout',
					'arrows',
					'theme',
					'story',
					'step'
				]
			].sort((a, b) => ELEMENT_ATTRIBUTES.indexOf(a) - ELEMENT_ATTRIBUTES.indexOf(b))
		);
	});

	it('leaves every row out of the URL while it holds its default', () => {
		for (const s of states) {
			const written = [...serialiseView(s, { embed: true }).keys()];
			for (const p of VIEW_PARAMS) {
				const isDefault = p.same ? p.same(s[p.key], p.default) : s[p.key] === p.default;
				expect(written.includes(p.key), `${p.key} written?`).toBe(!isDefault);
			}
		}
	});

	it('reads an absent or malformed value of every row as its default', () => {
		for (const p of VIEW_PARAMS) {
			expect(p.parse(null, {}), p.key).toEqual(p.default);
			// Free text has no malformed form but blanks and control characters.
			const junks =
				p.key === 'q' || p.key === 'caption'
					? ['\u0000\t', '   ']
					: ['\u0000', '%%%', '<script>', '..', ' , '];
			for (const junk of junks) {
				expect(p.parse(junk, {}), `${p.key}=${junk}`).toEqual(p.default);
			}
		}
	});

	it('round-trips each row alone, and compares it with its own equality', () => {
		for (const s of states) {
			for (const p of VIEW_PARAMS) {
				const one = { ...DEFAULT_VIEW, [p.key]: s[p.key] };
				const back = parseView(serialiseView(one, { embed: true }));
				expect(back[p.key], p.key).toEqual(s[p.key]);
				expect(sameView(back, one)).toBe(true);
			}
		}
	});
});

describe('withFields (the host set command)', () => {
	const known = { actors: new Set(['ttp', 'china']), events: new Set(['besham-attack']) };

	it('sets only the settable fields, from the forms the table gives', () => {
		const next = withFields(
			{
				kinds: ['attack', 7, 'diplomacy'],
				arrows: false,
				q: '  Besham  ',
				view: '2024/2025',
				src: '/evil.json',
				controls: false
			},
			DEFAULT_VIEW,
			known
		);
		expect(next).toEqual({
			...DEFAULT_VIEW,
			kinds: ['attack', 'diplomacy'],
			arrows: false,
			q: 'Besham'
		});
	});

	it('keeps a field given with the wrong type and clears one given as null', () => {
		const current = { ...DEFAULT_VIEW, layout: 'actors' as const, arrows: false, q: 'x' };
		expect(withFields({ layout: 42, arrows: 'no', q: ['x'] }, current, known)).toEqual(current);
		expect(withFields({ layout: null, arrows: null, q: null }, current, known)).toEqual(
			DEFAULT_VIEW
		);
	});

	it('takes a story and its step as a number or digits, and drops an unknown story', () => {
		const stories = { ...known, stories: new Set(['the-argument']) };
		const set = (fields: Record<string, unknown>) => withFields(fields, DEFAULT_VIEW, stories);
		expect(set({ story: 'the-argument', step: 3 })).toMatchObject({
			story: 'the-argument',
			step: 3
		});
		expect(set({ story: 'the-argument', step: '4' }).step).toBe(4);
		expect(set({ step: 2.5 }).step).toBe(1);
		expect(set({ step: 'two' }).step).toBe(1);
		expect(set({ story: 'nope', step: 2 })).toMatchObject({ story: null, step: 2 });
	});
});

describe('story and step in the URL', () => {
	const stories = { stories: new Set(['the-argument']) };
	it('reads and writes them, leaving out the first step', () => {
		const v = parseView(new URLSearchParams('story=the-argument&step=5'), stories);
		expect([v.story, v.step]).toEqual(['the-argument', 5]);
		expect(viewToSearch(v)).toBe('?story=the-argument&step=5');
		expect(viewToSearch({ ...v, step: 1 })).toBe('?story=the-argument');
		expect(parseView(new URLSearchParams('story=x&step=-2'), stories)).toMatchObject({
			story: null,
			step: 1
		});
	});
});

describe('embed options in the URL', () => {
	const read = (search: string) => parseView(new URLSearchParams(search));

	it('reads headline, description, caption and height, and writes them only for the embed', () => {
		const v = read('headline=0&description=1&caption=Our+reporting&height=480');
		expect(v).toMatchObject({
			headline: false,
			description: true,
			caption: 'Our reporting',
			height: 480
		});
		expect(viewToSearch(v, { embed: true })).toBe(
			'?headline=0&description=1&caption=Our+reporting&height=480'
		);
		expect(viewToSearch(v)).toBe('');
	});

	const heights: [string, number | null][] = [
		['auto', null],
		['', null],
		['480', 480],
		[' 640 ', 640],
		['150', 200],
		['0', 200],
		['9000', 4000],
		['480px', null],
		['-300', null],
		['48.5', null]
	];
	it.each(heights)('reads height=%j as %j', (raw, height) => {
		expect(read(`height=${encodeURIComponent(raw)}`).height).toBe(height);
	});

	const captions: [string, string][] = [
		['  Our   own\twords ', 'Our own words'],
		['<b>bold</b> & more', '<b>bold</b> & more'],
		['\u0000\u0007', ''],
		['x'.repeat(150), 'x'.repeat(140)],
		['word '.repeat(28) + 'last', 'word '.repeat(28).trim()]
	];
	it.each(captions)('reads caption=%j as %j (plain text, trimmed, at most 140)', (raw, caption) => {
		expect(read(`caption=${encodeURIComponent(raw)}`).caption).toBe(caption);
	});
});
