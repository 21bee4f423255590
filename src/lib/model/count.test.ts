import { describe, expect, it } from 'vitest';
import { countText } from './count.ts';

describe('countText', () => {
	it.each<[number, number, boolean, string]>([
		[54, 54, false, 'All 54 events'],
		[12, 54, true, '12 of 54 events'],
		[0, 54, true, '0 of 54 events'],
		[54, 54, true, '54 of 54 events'],
		[1, 1, false, '1 event'],
		[0, 1, true, '0 of 1 event'],
		[0, 0, false, 'No events'],
		[0, 0, true, 'No events'],
		[50_000, 50_000, false, 'All 50,000 events'],
		[6_250, 50_000, true, '6,250 of 50,000 events']
	])('%i shown of %i (filtered: %s) -> %s', (shown, total, filtered, text) => {
		expect(countText(shown, total, filtered)).toBe(text);
	});
});
