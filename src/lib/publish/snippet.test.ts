import { describe, expect, it } from 'vitest';
import { elementSnippet, embedSnippet } from './snippet.ts';
import { DEFAULT_VIEW, serialiseView, viewToSearch } from '../model/view.ts';

describe('embedSnippet', () => {
	it('gives a titled, lazy iframe for the view and the script line', () => {
		const html = embedSnippet('https://c.example', '?actors=ttp&controls=0', 'Timeline: A "B" & C');
		expect(html).toBe(
			'<iframe data-causeway src="https://c.example/embed?actors=ttp&amp;controls=0" title="Timeline: A &quot;B&quot; &amp; C" loading="lazy" width="100%" height="640" style="border:0;max-width:100%"></iframe>\n' +
				'<script src="https://c.example/embed.js" async></script>'
		);
	});

	it('escapes markup in titles so a dataset title cannot break out of the attribute', () => {
		const html = embedSnippet('https://c.example', '', '"><script>alert(1)</script>');
		expect(html).not.toContain('<script>alert');
	});
});

describe('embedSnippet with options', () => {
	const view = {
		...DEFAULT_VIEW,
		actors: ['ttp'],
		controls: false,
		headline: false,
		description: true,
		caption: 'TTP attacks, as we reported them',
		theme: 'dark' as const
	};

	it('carries the options in the embed address', () => {
		const html = embedSnippet('https://c.example', viewToSearch(view, { embed: true }), 'T');
		expect(html).toContain(
			'src="https://c.example/embed?actors=ttp&amp;theme=dark&amp;controls=0&amp;headline=0&amp;description=1&amp;caption=TTP+attacks,+as+we+reported+them"'
		);
		expect(html).toContain('<script src="https://c.example/embed.js" async></script>');
	});

	it('writes a fixed height into the iframe, without the sizing script', () => {
		const fixed = { ...view, height: 480 };
		const html = embedSnippet('https://c.example', viewToSearch(fixed, { embed: true }), 'T', {
			height: fixed.height
		});
		expect(html).toBe(
			'<iframe src="https://c.example/embed?actors=ttp&amp;theme=dark&amp;controls=0&amp;headline=0&amp;description=1&amp;caption=TTP+attacks,+as+we+reported+them&amp;height=480" title="T" loading="lazy" width="100%" height="480" style="border:0;max-width:100%"></iframe>'
		);
	});

	it('treats a null height as automatic', () => {
		expect(embedSnippet('https://c.example', '', 'T', { height: null })).toBe(
			embedSnippet('https://c.example', '', 'T')
		);
	});
});

describe('elementSnippet', () => {
	it('writes the view as attributes and a link to the full timeline inside the element', () => {
		const view = { ...DEFAULT_VIEW, actors: ['ttp', 'china'], controls: false, caption: 'A "B"' };
		const html = elementSnippet(
			'https://c.example',
			serialiseView(view, { embed: true }),
			'Azm & CPEC',
			`https://c.example/${viewToSearch(view)}`
		);
		expect(html).toBe(
			'<causeway-timeline actors="ttp,china" controls="0" caption="A &quot;B&quot;"><a href="https://c.example/?actors=ttp,china">See the timeline: Azm &amp; CPEC</a></causeway-timeline>\n' +
				'<script src="https://c.example/causeway.js" async></script>'
		);
	});

	it('escapes markup in the title so it stays text', () => {
		const html = elementSnippet('https://c.example', [], '<img src=x onerror=alert(1)>', '/');
		expect(html).toContain('See the timeline: &lt;img src=x onerror=alert(1)&gt;</a>');
	});
});
