import { describe, expect, it } from 'vitest';
import { hostSelector, withHostRules } from './host-css';

describe('withHostRules: one stylesheet for the embed page and the web component', () => {
	it('gives every :root rule the host too, themes included, quoted or not', () => {
		expect(withHostRules(':root{--bg:#fff}')).toBe(':root,:host{--bg:#fff}');
		expect(withHostRules(':root[data-theme=dark]{--bg:#111}')).toBe(
			':root[data-theme=dark],:host([data-theme=dark]){--bg:#111}'
		);
		expect(
			withHostRules("@media (prefers-color-scheme:dark){:root:not([data-theme='light']){--x:1}}")
		).toBe(
			"@media (prefers-color-scheme:dark){:root:not([data-theme='light']),:host(:not([data-theme='light'])){--x:1}}"
		);
	});

	it('extends only the :root selectors of a list and leaves other rules alone', () => {
		expect(withHostRules('body{margin:0}:root,:root[data-theme]{color:red}.a{b:c}')).toBe(
			'body{margin:0}:root,:root[data-theme],:host,:host([data-theme]){color:red}.a{b:c}'
		);
		expect(withHostRules('.x.svelte-1ab{color:var(--fg)}')).toBe('.x.svelte-1ab{color:var(--fg)}');
	});

	it('writes a root selector for the host', () => {
		expect(hostSelector(':root')).toBe(':host');
		expect(hostSelector(':root[data-theme="dark"]')).toBe(':host([data-theme="dark"])');
	});
});
