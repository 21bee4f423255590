import { describe, expect, it } from 'vitest';
import { datasetOf } from './fixture.ts';
import { eventsById, withEvents } from './lookup.ts';
import { clampStep, excerpt, lagText, stepFocus, storiesWith, stepWith } from './story.ts';

const dataset = datasetOf;

const ds = dataset({
	id: 'small',
	title: 'Small',
	events: [
		{ id: 'a', title: 'Attack', date: '2024-03-26' },
		{ id: 'b', title: 'Visit', date: '2024-06-04' },
		{ id: 'c', title: 'Statement', date: '2024-06-08' },
		{ id: 'd', title: 'Launch', date: '2024-06-22' },
		{ id: 'm', title: 'A month', date: '2024-09' }
	],
	links: [
		{ from: 'a', to: 'b' },
		{ from: 'b', to: 'c' },
		{ from: 'c', to: 'd', basis: 'inferred' }
	],
	stories: [
		{
			id: 'why',
			title: 'Why',
			steps: [
				{ title: 'One', text: 'The attack.', events: ['a'] },
				{ title: 'Two', text: 'The visit.', links: [{ from: 'a', to: 'b' }] },
				{ title: 'Three', text: 'The launch.', events: ['d'], links: [{ from: 'c', to: 'd' }] }
			]
		}
	]
});
const byId = eventsById(ds);
const story = ds.stories[0];

describe('stepFocus', () => {
	it('names the step, its links and their ends, and what the earlier steps built', () => {
		const f = stepFocus(ds, story, 2, byId)!;
		expect([f.number, f.total, f.step.title]).toEqual([2, 3, 'Two']);
		expect(f.links.map((l) => l.id)).toEqual(['a->b']);
		expect(f.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect([...f.earlier]).toEqual(['a']);
		expect(f.earlierLinks.size).toBe(0);
		expect(f.last).toBe(false);
	});

	it('frames the whole chain on the last step, with every earlier link built up', () => {
		const f = stepFocus(ds, story, 3, byId)!;
		expect(f.last).toBe(true);
		expect(f.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
		expect([...f.current].sort()).toEqual(['c', 'd']);
		expect([...f.earlierLinks]).toEqual(['a->b']);
		expect([...f.currentLinks]).toEqual(['c->d']);
	});

	it('keeps a step number within the story', () => {
		expect(clampStep(story, 0)).toBe(1);
		expect(clampStep(story, 99)).toBe(3);
		expect(clampStep(story, NaN)).toBe(1);
		expect(stepFocus(ds, story, 99, byId)!.number).toBe(3);
	});
});

describe('the step that holds an event', () => {
	it('is the first step about it, by its events or a link end', () => {
		expect(stepWith(story, 'a')).toBe(1);
		expect(stepWith(story, 'b')).toBe(2);
		expect(stepWith(story, 'c')).toBe(3);
		expect(stepWith(story, 'm')).toBeNull();
		expect(storiesWith(ds, 'd')).toEqual([{ story, step: 3 }]);
		expect(storiesWith(ds, 'm')).toEqual([]);
	});
});

describe('lagText', () => {
	const e = (id: string) => byId.get(id)!;
	it('says the time from cause to effect in days, months or years', () => {
		expect(lagText(e('c'), e('d'))).toBe('14 days later');
		expect(lagText(e('b'), e('c'))).toBe('4 days later');
		expect(lagText(e('a'), e('d'))).toBe('about 3 months later');
		expect(lagText(e('d'), e('c'))).toBe('14 days earlier');
		expect(lagText(e('b'), e('b'))).toBe('the same day');
	});
	it('compares a date known to the month at that precision', () => {
		expect(lagText(e('d'), e('m'))).toBe('about 3 months later');
		expect(lagText(e('m'), e('m'))).toBe('the same month');
	});
});

describe('excerpt', () => {
	it('keeps a short text and cuts a long one at a word, with an ellipsis', () => {
		expect(excerpt('A short text.')).toBe('A short text.');
		const long = 'word '.repeat(100);
		const cut = excerpt(long, 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut.endsWith('word…')).toBe(true);
	});
});

describe('withEvents', () => {
	it('adds the events a list lacks, in time order, and keeps the list when it has them all', () => {
		const [a, b, c] = ['a', 'b', 'c'].map((id) => byId.get(id)!);
		expect(withEvents([a, c], [b, c]).map((e) => e.id)).toEqual(['a', 'b', 'c']);
		const list = [a, b];
		expect(withEvents(list, [a])).toBe(list);
	});
});
