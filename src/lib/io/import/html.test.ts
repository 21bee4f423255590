import { describe, expect, it } from 'vitest';
import { decodeEntities, firstWords, htmlToText } from './html.ts';

describe('htmlToText', () => {
	it.each([
		['<p>One</p><p>Two</p>', 'One\n\nTwo'],
		['a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
		['<ul><li>x</li><li>y</li></ul>', 'x\ny'],
		[
			'Tom &amp; Jerry &lt;3 &quot;hi&quot; &#8217; &#x1F600; &nbsp;!',
			'Tom & Jerry <3 "hi" ’ 😀 !'
		],
		['<script>alert("x")</script>safe', 'safe'],
		['<SCRIPT type="text/javascript">var a = "</p>";</SCRIPT>after', 'after'],
		['<style>p { color: red }</style>text', 'text'],
		['before<!-- <b>hidden</b> -->after', 'beforeafter'],
		['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
		['<img src=x onerror="alert(1)">pic', 'pic'],
		['<a title="a>b" href="https://x.example">link</a>', 'link'],
		['a < b and c > d', 'a < b and c > d'],
		['  spaced\n\n  out\t text  ', 'spaced out text'],
		['&unknown; &#0; &#x7f;', '&unknown; \uFFFD \uFFFD'],
		['<script>never closed', '']
	])('%j → %j', (html, text) => {
		expect(htmlToText(html).text).toBe(text);
	});

	it('keeps http(s) links with their text, never javascript: or data:', () => {
		expect(
			htmlToText(
				'<a href="https://a.example/x?y=1&amp;z=2">A</a> <a href=\'http://b.example\'><b></b></a> <a href="javascript:alert(1)">J</a> <a href=data:text/html,x>D</a> <a>none</a>'
			).links
		).toEqual([
			{ url: 'https://a.example/x?y=1&z=2', text: 'A' },
			{ url: 'http://b.example', text: '' }
		]);
	});

	it('decodes entities once: &amp;lt; is the text "&lt;"', () => {
		expect(decodeEntities('&amp;lt;')).toBe('&lt;');
	});

	it.each([
		['one two three', 3, 'one two three'],
		['one two three four', 3, 'one two three…'],
		['  ', 3, '']
	])('firstWords(%j, %d) is %j', (text, n, words) => {
		expect(firstWords(text, n)).toBe(words);
	});
});
