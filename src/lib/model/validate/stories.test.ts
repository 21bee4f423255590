/** Stories (issue 13, contract): validated like the rest, each problem named by path and id. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../validate.ts';

const file = 'x.json';
const lines = (raw: unknown) =>
	validateDataset(raw, file).problems.map((p) => formatProblem(file, p, raw));
const base = {
	events: [
		{ id: 'a', title: 'A', date: '2024-06-08' },
		{ id: 'b', title: 'B', date: '2024-06-22' }
	],
	links: [{ from: 'a', to: 'b', basis: 'inferred' }]
};
const withStory = (story: unknown) => ({ ...base, stories: [story] });

describe('stories', () => {
	it('are kept in order, with their steps, events, links and view', () => {
		const raw = withStory({
			id: 'arg',
			title: 'The argument',
			summary: 'Step by step',
			steps: [
				{ title: 'One', text: 'First A.', events: ['a'] },
				{
					title: 'Two',
					text: 'A led to B.',
					links: [{ from: 'a', to: 'b' }],
					view: '2024-06/2024-07'
				}
			]
		});
		const result = validateDataset(raw, file);
		expect(result.problems).toEqual([]);
		expect(result.dataset!.stories).toEqual([
			{
				id: 'arg',
				title: 'The argument',
				summary: 'Step by step',
				steps: [
					{ title: 'One', text: 'First A.', events: ['a'], links: [] },
					{
						title: 'Two',
						text: 'A led to B.',
						events: [],
						links: [{ from: 'a', to: 'b' }],
						view: { start: '2024-06', end: '2024-07' }
					}
				]
			}
		]);
	});

	it('name an unknown event, an unknown link, an empty step and a bad view', () => {
		const raw = withStory({
			id: 'arg',
			title: 'The argument',
			steps: [
				{ title: 'One', text: 'x', events: ['ghost'] },
				{ title: 'Two', text: 'x', links: [{ from: 'b', to: 'a' }] },
				{ title: 'Three', text: 'x' },
				{ title: 'Four', text: 'x', events: ['a'], view: '2024-07/2024-06' }
			]
		});
		expect(lines(raw).sort()).toEqual([
			'x.json: stories[0] (id "arg").steps[0].events[0]: "ghost" is not the id of any event',
			'x.json: stories[0] (id "arg").steps[1].links[0]: no link from "b" to "a" in "links"',
			'x.json: stories[0] (id "arg").steps[2]: is empty: a step names at least one event or link',
			'x.json: stories[0] (id "arg").steps[3].view: "2024-07/2024-06" is not a window: two dates YYYY[-MM[-DD]] joined by "/", the second later'
		]);
	});

	it('need an id, a title and at least one step; ids are unique', () => {
		expect(lines(withStory({ id: 'arg', title: 'T', steps: [] }))).toEqual([
			'x.json: stories[0] (id "arg").steps: a story needs at least one step'
		]);
		expect(
			lines(withStory({ title: 'T', steps: [{ title: 'S', text: 'x', events: ['a'] }] }))
		).toEqual(['x.json: stories[0].id: is required']);
		const step = { title: 'S', text: 'x', events: ['a'] };
		const twice = {
			...base,
			stories: [
				{ id: 's', title: 'T', steps: [step] },
				{ id: 's', title: 'U', steps: [step] }
			]
		};
		expect(lines(twice)).toEqual([
			'x.json: stories[1] (id "s").id: "s" is already used by stories[0]'
		]);
	});

	it('warn about fields a story or step does not have', () => {
		const raw = withStory({
			id: 'arg',
			title: 'T',
			colour: 'red',
			steps: [{ title: 'S', text: 'x', events: ['a'], extra: 1 }]
		});
		expect(lines(raw)).toEqual([
			'x.json: warning: stories[0] (id "arg").colour: is not a field of the dataset contract; it is kept but ignored',
			'x.json: warning: stories[0] (id "arg").steps[0].extra: is not a field of the dataset contract; it is kept but ignored'
		]);
	});
});
