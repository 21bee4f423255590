import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet.ts';

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
