import { describe, expect, it } from 'vitest';
import { datasetOf } from '$lib/model/fixture';
import { DEFAULT_VIEW, viewToSearch } from '$lib/model/view';
import { TimelineState } from './timeline.svelte';

const dataset = datasetOf;

const ds = dataset({
	id: 'small',
	title: 'Small',
	events: [
		{ id: 'a', title: 'Attack', date: '2024-03-26' },
		{ id: 'b', title: 'Visit', date: '2024-06-04' },
		{ id: 'c', title: 'Launch', date: '2024-06-22' }
	],
	links: [
		{ from: 'a', to: 'b' },
		{ from: 'b', to: 'c' }
	],
	stories: [
		{
			id: 'why',
			title: 'Why',
			steps: [
				{ title: 'One', text: 'The attack.', events: ['a'] },
				{ title: 'Two', text: 'The visit.', links: [{ from: 'a', to: 'b' }] },
				{ title: 'Three', text: 'The launch.', links: [{ from: 'b', to: 'c' }] }
			]
		}
	]
});

describe('following a story', () => {
	it('enters at a step, moves within the story, and writes every step into the URL', () => {
		const tl = new TimelineState(ds);
		tl.select('c');
		tl.tour.enter('why', 2);
		expect(tl.selectedId).toBeNull();
		expect(tl.tour.focus?.step.title).toBe('Two');
		expect(viewToSearch(tl.toView())).toBe('?story=why&step=2');
		tl.tour.go(3);
		expect(tl.tour.focus?.last).toBe(true);
		tl.tour.go(9);
		expect(tl.step).toBe(3);
		tl.tour.go(1);
		expect(viewToSearch(tl.toView())).toBe('?story=why');
	});

	it('leaves the story keeping the camera where it is', () => {
		const tl = new TimelineState(ds);
		tl.tour.enter('why', 3);
		tl.setWindow({ start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 6, 1) }, false);
		tl.tour.leave();
		expect(tl.tour.focus).toBeUndefined();
		expect(viewToSearch(tl.toView())).toBe('?view=2024-05-01/2024-06-30');
	});

	it('reads a story from a view: an unknown one is dropped, a step kept within the story', () => {
		const tl = new TimelineState(ds);
		tl.applyView({ ...DEFAULT_VIEW, story: 'why', step: 7 });
		expect([tl.story, tl.step]).toEqual(['why', 3]);
		tl.applyView({ ...DEFAULT_VIEW, story: 'nope', step: 2 });
		expect([tl.story, tl.step, tl.tour.focus]).toEqual([null, 1, undefined]);
		expect(tl.tour.enter('nope')).toBeUndefined();
		expect(tl.story).toBeNull();
	});
});
