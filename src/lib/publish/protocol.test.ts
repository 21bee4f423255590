import { describe, expect, it } from 'vitest';
import { parentOrigin, parseResize, parseSet, stepMessage } from './protocol.ts';
import type { StepFocus } from '../model/story.ts';
import { DEFAULT_VIEW, parseView } from '../model/view.ts';

describe('parseResize', () => {
	it('accepts a resize message and clamps its height', () => {
		expect(parseResize({ type: 'causeway:resize', height: 812.4 })).toBe(813);
		expect(parseResize({ type: 'causeway:resize', height: 10 })).toBe(200);
		expect(parseResize({ type: 'causeway:resize', height: 1e9 })).toBe(4000);
	});

	it.each([
		null,
		'causeway:resize',
		[],
		{ type: 'causeway:resize' },
		{ type: 'causeway:resize', height: '800' },
		{ type: 'causeway:resize', height: Number.NaN },
		{ type: 'causeway:resize', height: Infinity },
		{ type: 'other', height: 800 }
	])('ignores %j', (data) => {
		expect(parseResize(data)).toBeNull();
	});
});

describe('parseSet', () => {
	const known = { actors: new Set(['ttp', 'china']), events: new Set(['besham-attack']) };

	it('changes only the fields given, validated like the URL', () => {
		const next = parseSet(
			{ type: 'causeway:set', event: 'besham-attack', actors: ['ttp', 'nobody'], match: 'all' },
			DEFAULT_VIEW,
			known
		);
		expect(next).toEqual({
			...DEFAULT_VIEW,
			event: 'besham-attack',
			actors: ['ttp'],
			match: 'all'
		});
	});

	it('clears with null and empty lists', () => {
		const current = { ...DEFAULT_VIEW, event: 'besham-attack', actors: ['ttp'], from: '2024' };
		expect(
			parseSet({ type: 'causeway:set', event: null, actors: [], from: null }, current, known)
		).toEqual(DEFAULT_VIEW);
	});

	it('ignores malformed fields and unknown ids', () => {
		const next = parseSet(
			{
				type: 'causeway:set',
				event: 'ghost',
				match: 'some',
				kinds: ['attack', 'rumour'],
				from: '2024-13',
				layout: 42,
				arrows: 'no'
			},
			DEFAULT_VIEW,
			known
		);
		expect(next).toEqual({ ...DEFAULT_VIEW, kinds: ['attack'] });
	});

	it('is null for anything but a set command', () => {
		expect(parseSet({ type: 'causeway:select', id: 'x' }, DEFAULT_VIEW)).toBeNull();
		expect(parseSet('causeway:set', DEFAULT_VIEW)).toBeNull();
	});
});

describe('embed parameters', () => {
	it('reads controls and src on /embed', () => {
		const v = parseView(new URLSearchParams('actors=ttp&controls=0&src=/data/x.json'));
		expect([v.actors, v.controls, v.src]).toEqual([['ttp'], false, '/data/x.json']);
	});

	it('ignores a protocol-relative or scriptable src', () => {
		for (const src of ['//evil.example/x.json', 'javascript:alert(1)', ' /x.json']) {
			expect(parseView(new URLSearchParams({ src })).src, src).toBeNull();
		}
	});
});

describe('parentOrigin', () => {
	const doc = (referrer: string) => ({ referrer });
	it('is null when not framed', () => {
		const win = { parent: null as unknown, location: {}, document: doc('') };
		win.parent = win;
		expect(parentOrigin(win)).toBeNull();
	});
	it('prefers ancestorOrigins, then the referrer', () => {
		expect(
			parentOrigin({
				parent: {},
				location: { ancestorOrigins: { length: 1, 0: 'https://host.example' } },
				document: doc('https://other.example/page')
			})
		).toBe('https://host.example');
		expect(
			parentOrigin({ parent: {}, location: {}, document: doc('https://host.example/a/b?c') })
		).toBe('https://host.example');
	});
});

describe('stepMessage', () => {
	it('names the story, the step, how many there are and its title; nulls outside a story', () => {
		const story = {
			id: 's',
			title: 'S',
			steps: [{ title: 'One', text: '', events: [], links: [] }]
		};
		const focus = { story, number: 1, total: 1, step: story.steps[0] } as unknown as StepFocus;
		expect(stepMessage(focus)).toEqual({
			type: 'causeway:step',
			story: 's',
			step: 1,
			total: 1,
			title: 'One'
		});
		expect(stepMessage(undefined)).toEqual({
			type: 'causeway:step',
			story: null,
			step: null,
			total: null,
			title: null
		});
	});
});
