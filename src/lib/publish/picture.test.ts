import { describe, expect, it } from 'vitest';
import { datasetOf } from '$lib/model/fixture';
import { sourceLine } from './picture';

const base = { id: 'p', title: 'P', actors: [], events: [{ id: 'e', title: 'E', date: '2024' }] };

describe('sourceLine', () => {
	it.each([
		[
			'title and publisher',
			{ basedOn: { title: 'The article', publisher: 'The Paper', url: 'https://x.test/a' } },
			'Source: The article, The Paper · Made with Causeway · https://c.test/?actors=ttp'
		],
		[
			'title only',
			{ basedOn: { title: 'The article' } },
			'Source: The article · Made with Causeway · https://c.test/?actors=ttp'
		],
		['no source named', {}, 'Made with Causeway · https://c.test/?actors=ttp']
	])('%s', (_name, extra, expected) => {
		expect(sourceLine(datasetOf({ ...base, ...extra }), 'https://c.test/?actors=ttp')).toBe(
			expected
		);
	});
});
