import { describe, expect, it } from 'vitest';
import { cardDataset } from './card-fixture.ts';
import { absoluteShare, shareFor } from './share.ts';

const ds = cardDataset();

describe('shareFor', () => {
	it('gives the timeline its title, description and card on / and /embed', () => {
		for (const [route, path] of [
			['/', '/'],
			['/embed', '/embed']
		]) {
			expect(shareFor(ds, route, {})).toEqual({
				type: 'website',
				title: 'Small & <odd> "timeline"',
				description: 'Why things happened.',
				path,
				image: '/cards/index.png',
				width: 1200,
				height: 630,
				alt: 'A timeline of 5 events, 2024, joined by 3 causal arrows.'
			});
		}
	});

	it('gives an event page its summary, or its date and kind', () => {
		const blast = shareFor(ds, '/events/[id]', { id: 'blast' })!;
		expect(blast).toMatchObject({
			type: 'article',
			title: 'Blast at <Dasu> & "after"',
			description: 'Five engineers were killed.',
			path: '/events/blast',
			image: '/cards/events/blast.png'
		});
		expect(shareFor(ds, '/events/[id]', { id: 'cause' })!.description).toBe(
			'1 March 2024 · Political. From Small & <odd> "timeline".'
		);
	});

	it('gives stories and their steps their own cards', () => {
		expect(shareFor(ds, '/stories/[id]', { id: 'why' })).toMatchObject({
			title: 'Why it happened',
			description: 'From a cause to a launch.',
			image: '/cards/stories/why.png'
		});
		expect(shareFor(ds, '/stories/[id]/[step]', { id: 'why', step: '2' })).toMatchObject({
			title: 'The answer (Why it happened, step 2)',
			description: 'Talks, then a launch.',
			path: '/stories/why/2',
			image: '/cards/stories/why/2.png',
			alt: 'Step 2 of “Why it happened”: 2 events on a timeline, joined by 1 causal arrow.'
		});
	});

	it.each(['/remote', '/embed/remote', '/404'])(
		'gives %s Causeway’s own card, nothing of this site’s dataset',
		(route) => {
			const s = shareFor(ds, route, {})!;
			expect(s.image).toBe('/cards/site.png');
			expect(s.alt).toBe('The Causeway mark: two events joined by a causal arrow.');
			expect(`${s.title} ${s.description}`).not.toContain(ds.title);
			expect(s.path).toBe(route);
		}
	);

	it.each([
		[null, {}],
		['/events/[id]', { id: 'nope' }],
		['/stories/[id]/[step]', { id: 'why', step: '3' }],
		['/stories/[id]/[step]', { id: 'why', step: '1.5' }]
	])('has nothing for %s %o', (route, params) => {
		expect(shareFor(ds, route, params)).toBeNull();
	});
});

describe('absoluteShare', () => {
	it('puts the page and its card on the origin', () => {
		const s = shareFor(ds, '/events/[id]', { id: 'blast' })!;
		expect(absoluteShare(s, 'https://example.org/')).toMatchObject({
			url: 'https://example.org/events/blast',
			imageUrl: 'https://example.org/cards/events/blast.png'
		});
		const home = shareFor(ds, '/', {})!;
		expect(absoluteShare(home, 'https://example.org').url).toBe('https://example.org/');
	});
});
