import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../model/types.ts';
import { kindSymbolPath } from './symbols.ts';

describe('kindSymbolPath', () => {
	it('gives every kind its own shape', () => {
		const paths = EVENT_KINDS.map((k) => kindSymbolPath(k, 80));
		expect(paths.every((p) => p.startsWith('M'))).toBe(true);
		expect(new Set(paths).size).toBe(EVENT_KINDS.length);
	});

	it('scales with the requested area', () => {
		expect(kindSymbolPath('diplomacy', 80)).not.toBe(kindSymbolPath('diplomacy', 200));
	});
});
