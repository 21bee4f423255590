import { describe, expect, it } from 'vitest';
import { scrollyPage } from './scrolly.ts';
import type { Dataset } from '../model/types.ts';

const dataset = {
	id: 'd',
	title: 'A <b>title</b>',
	actors: [],
	events: [],
	links: [],
	periods: [],
	stories: [
		{
			id: 'why',
			title: 'Why "it" happened',
			steps: [
				{ title: 'One', text: 'First <script>alert(1)</script>', events: [], links: [] },
				{ title: 'Two', text: 'Second', events: [], links: [] }
			]
		}
	]
} as Dataset;

describe('scrollyPage', () => {
	const html = scrollyPage(dataset, dataset.stories[0], 'https://causeway.example');

	it('has one paragraph per step and embeds the story without controls', () => {
		expect(html.match(/data-scrolly-step="\d+"/g)).toEqual([
			'data-scrolly-step="1"',
			'data-scrolly-step="2"'
		]);
		expect(html).toContain('src="https://causeway.example/embed?story=why&amp;controls=0"');
		expect(html).toContain('<script src="https://causeway.example/embed.js"></script>');
		expect(html).toContain('IntersectionObserver');
	});

	it('shows the dataset text as text', () => {
		expect(html).not.toContain('<script>alert(1)');
		expect(html).toContain('First &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('Why &quot;it&quot; happened');
		expect(html).toContain('A &lt;b&gt;title&lt;/b&gt;');
	});
});
