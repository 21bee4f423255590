import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterEvents, type EventFilter } from '$lib/model/filter';
import { datasetOf } from '$lib/model/fixture';
import {
	EXPORT_ITEMS,
	exportNote,
	exportViewOf,
	menuMove,
	panelLeft,
	pictureName
} from './export-menu';

const dataset = datasetOf({
	id: 'tiny',
	title: 'Tiny',
	actors: [
		{ id: 'a', name: 'Alpha' },
		{ id: 'b', name: 'Beta' }
	],
	events: [
		{ id: 'e1', title: 'One', date: '2024-01-01', actors: ['a'] },
		{ id: 'e2', title: 'Two', date: '2024-02', actors: ['b'] },
		{ id: 'e3', title: 'Three', date: '2024-03', actors: ['a', 'b'] }
	]
});

const shown = (part: Partial<EventFilter>) => {
	const filter = { ...NO_FILTER, ...part };
	return { dataset, filter, visible: filterEvents(dataset, filter) };
};

describe('exportViewOf', () => {
	it('holds the visible events, the filters in words and the permalink', () => {
		const view = exportViewOf(shown({ actors: ['a'] }), 'https://x.test/?actors=a');
		expect(view.events.map((e) => e.id)).toEqual(['e1', 'e3']);
		expect(view.filters).toBe('Events involving Alpha');
		expect(view.url).toBe('https://x.test/?actors=a');
	});
	it('says nothing of filters when there are none', () => {
		const view = exportViewOf(shown({}), 'https://x.test/');
		expect(view.events).toHaveLength(3);
		expect('filters' in view).toBe(false);
	});
});

describe('exportNote and pictureName', () => {
	it.each([
		['unfiltered', {}, 'All 3 events', 'tiny.svg'],
		['filtered', { actors: ['b'] }, '2 of 3 events, filtered', 'tiny-filtered.svg'],
		[
			'filtered to nothing',
			{ q: 'nothing like it' },
			'0 of 3 events, filtered',
			'tiny-filtered.svg'
		]
	] as const)('%s', (_name, filter, note, name) => {
		const view = exportViewOf(shown(filter), '/');
		expect(exportNote(view)).toBe(note);
		expect(pictureName(view, 'svg')).toBe(name);
	});
	it('names a PNG like the SVG', () => {
		expect(pictureName(exportViewOf(shown({}), '/'), 'png')).toBe('tiny.png');
	});
});

describe('EXPORT_ITEMS', () => {
	it('lists every format in the order the menu shows them', () => {
		expect(EXPORT_ITEMS.map((i) => i.label)).toEqual([
			'Causeway JSON',
			'CSV (events)',
			'CSV (links)',
			'CSV (actors)',
			'Calendar (.ics)',
			'TimelineJS JSON',
			'Picture (SVG)',
			'Picture (PNG)',
			'Print…'
		]);
	});
});

describe('menuMove', () => {
	it.each([
		['ArrowDown', 0, 9, 1],
		['ArrowDown', 8, 9, 0],
		['ArrowUp', 0, 9, 8],
		['ArrowUp', 4, 9, 3],
		['Home', 5, 9, 0],
		['End', 2, 9, 8],
		['Enter', 2, 9, null],
		['ArrowDown', 0, 0, null]
	] as const)('%s from %i of %i', (key, index, count, expected) => {
		expect(menuMove(key, index, count)).toBe(expected);
	});
});

describe('panelLeft', () => {
	it.each([
		['right-aligned under the button when it fits', { left: 900, right: 980 }, 288, 1440, -208],
		['moved right where it would pass the left edge', { left: 66, right: 137 }, 288, 375, -58],
		['moved left where it would pass the right edge', { left: 300, right: 370 }, 100, 375, -33],
		[
			'a panel wider than the viewport starts at the margin',
			{ left: 66, right: 137 },
			400,
			375,
			-58
		]
	] as const)('%s', (_name, anchor, width, viewport, expected) => {
		expect(panelLeft(anchor, width, viewport)).toBe(expected);
	});
});
