import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../model/fixture.ts';
import { eventUrl, exportName, holdsSentence, isFiltered, viewContent } from './view.ts';
import { viewOf } from './testing.ts';

const dataset = datasetOf({
	id: 'tiny',
	title: 'Tiny\ntimeline',
	actors: [
		{ id: 'a', name: 'Alpha' },
		{ id: 'b', name: 'Beta' },
		{ id: 'c', name: 'Gamma' },
		{ id: 'd', name: 'Delta' },
		{ id: 'unused', name: 'Nobody' }
	],
	events: [
		{ id: 'e1', title: 'One', date: '2024-01-01', actors: ['a'] },
		{
			id: 'e2',
			title: 'Two',
			date: '2024-02',
			attributions: [{ actor: 'b', status: 'attributed', by: 'c' }]
		},
		{ id: 'e3', title: 'Three', date: '2024-03', actors: ['d'] }
	],
	links: [
		{ from: 'e1', to: 'e2' },
		{ from: 'e2', to: 'e3' }
	],
	periods: [{ id: 'p', title: 'Era', date: '2023', endDate: '2023' }],
	stories: [{ id: 's', title: 'Story', steps: [{ title: 'Step', text: 'Text', events: ['e3'] }] }]
});

describe('viewContent', () => {
	it('keeps everything of an unfiltered view, but actors that no event names', () => {
		const c = viewContent(viewOf(dataset));
		expect(c.filtered).toBe(false);
		expect(c.links.map((l) => l.id)).toEqual(['e1->e2', 'e2->e3']);
		expect(c.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(c.periods.map((p) => p.id)).toEqual(['p']);
		expect(c.stories.map((s) => s.id)).toEqual(['s']);
	});

	it('keeps links with both ends in view, actors named there (attributed and by), all periods, no stories', () => {
		const c = viewContent(viewOf(dataset, (e) => e.id !== 'e3', 'kinds: other'));
		expect(c.filtered).toBe(true);
		expect(c.events.map((e) => e.id)).toEqual(['e1', 'e2']);
		expect(c.links.map((l) => l.id)).toEqual(['e1->e2']);
		expect(c.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
		expect(c.periods.map((p) => p.id)).toEqual(['p']);
		expect(c.stories).toEqual([]);
	});

	it('counts a view without all events as filtered even without words for it', () => {
		expect(isFiltered(viewOf(dataset, (e) => e.id === 'e1'))).toBe(true);
		expect(isFiltered(viewOf(dataset, undefined, '  '))).toBe(false);
		expect(isFiltered(viewOf(dataset, undefined, 'q: o'))).toBe(true);
	});
});

describe('holdsSentence', () => {
	it.each([
		[viewOf(dataset), 'Tiny timeline: all 3 events'],
		[
			viewOf(dataset, (e) => e.id === 'e1', 'actors: Alpha'),
			'Tiny timeline: 1 of 3 events, filtered by actors: Alpha'
		],
		[
			viewOf(dataset, (e) => e.id !== 'e1', 'actors: Beta;\nkinds: other'),
			'Tiny timeline: 2 of 3 events, filtered by actors: Beta; kinds: other'
		],
		[viewOf(dataset, () => false), 'Tiny timeline: 0 of 3 events'],
		[viewOf({ ...dataset, events: dataset.events.slice(0, 1) }), 'Tiny timeline: 1 event'],
		[viewOf({ ...dataset, events: [] }), 'Tiny timeline: no events']
	])('%#: %s', (view, sentence) => {
		expect(holdsSentence(view)).toBe(sentence);
	});
});

describe('exportName', () => {
	it('names files by the dataset id, with -filtered when filtered', () => {
		expect(exportName(viewOf(dataset), '-events', 'csv')).toBe('tiny-events.csv');
		expect(exportName(viewOf(dataset, undefined, 'q: x'), '', 'json')).toBe('tiny-filtered.json');
	});
});

describe('eventUrl', () => {
	it.each([
		['https://x.example/?actors=a', 'https://x.example/?actors=a&event=e1'],
		['https://x.example/?event=old#top', 'https://x.example/?event=e1#top'],
		['/?kinds=attack', '/?kinds=attack&event=e1'],
		['http://[', null]
	])('%s', (url, expected) => {
		expect(eventUrl(url, 'e1')).toBe(expected);
	});
});
