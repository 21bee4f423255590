import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../model/schema.ts';
import { IdMaker, slugify } from './slug.ts';

describe('slugify', () => {
	it.each([
		['Tehrik-i-Taliban Pakistan (TTP)', 'tehrik-i-taliban-pakistan-ttp'],
		['  Café Ünïcode — “quotes”  ', 'cafe-unicode-quotes'],
		['PAK12345', 'pak12345'],
		['تحریک', ''],
		['a'.repeat(70), 'a'.repeat(64)],
		[`${'word '.repeat(20)}end`, 'word-'.repeat(13).slice(0, -1)]
	])('%j → %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
		if (slug) expect(slug).toMatch(ID_PATTERN);
	});
});

describe('IdMaker', () => {
	it('makes ids unique with -2, -3, avoiding reserved ones and staying within 64 characters', () => {
		const ids = new IdMaker();
		ids.reserve('ttp-2');
		expect(['TTP', 'ttp', 'TTP', '', '!!'].map((t) => ids.make(t, 'actor'))).toEqual([
			'ttp',
			'ttp-3',
			'ttp-4',
			'actor',
			'actor-2'
		]);
		const long = 'x'.repeat(64);
		expect(ids.make(long, 'e')).toBe(long);
		expect(ids.make(long, 'e')).toBe(`${'x'.repeat(62)}-2`);
	});
});
