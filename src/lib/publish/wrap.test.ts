import { describe, expect, it } from 'vitest';
import { flowRows, wrapText } from './wrap.ts';

/** Every character 10 px wide. */
const mono = (text: string) => text.length * 10;

describe('wrapText', () => {
	it.each([
		['blank text', '  ', 100, []],
		['one line', 'Made with Causeway', 200, ['Made with Causeway']],
		['exactly the width', 'abcde fghij', 110, ['abcde fghij']],
		[
			'wrapped between words',
			'Source: the article · Made with Causeway',
			200,
			['Source: the article', '· Made with Causeway']
		],
		['white space collapsed', 'a \n  b\tc', 100, ['a b c']],
		[
			'a long word broken',
			'see https://example.org/x',
			100,
			['see', 'https://ex', 'ample.org/', 'x']
		],
		['a long word then more', 'abcdefghijkl mn', 50, ['abcde', 'fghij', 'kl mn']],
		['narrower than one character', 'ab', 5, ['a', 'b']]
	] as const)('%s', (_name, text, width, lines) => {
		expect(wrapText(text, width, mono)).toEqual(lines);
	});
});

describe('flowRows', () => {
	it.each([
		['none', [], 100, []],
		[
			'one row',
			[20, 30],
			100,
			[
				{ x: 0, row: 0 },
				{ x: 30, row: 0 }
			]
		],
		[
			'a new row where the next would pass the width',
			[40, 40, 40],
			100,
			[
				{ x: 0, row: 0 },
				{ x: 50, row: 0 },
				{ x: 0, row: 1 }
			]
		],
		[
			'an item wider than a row has its own',
			[150, 20],
			100,
			[
				{ x: 0, row: 0 },
				{ x: 0, row: 1 }
			]
		],
		[
			'an item that ends at the width fits',
			[45, 45],
			100,
			[
				{ x: 0, row: 0 },
				{ x: 55, row: 0 }
			]
		]
	] as const)('%s', (_name, widths, width, placed) => {
		expect(flowRows(widths, width, 10)).toEqual(placed);
	});
});
