import { describe, expect, it } from 'vitest';
import { arrowEmphasis } from './emphasis';

const l = (from: string, to: string) => ({ id: `${from}->${to}`, from, to });
const ab = l('a', 'b');
const bc = l('b', 'c');
const cd = l('c', 'd');
const xy = l('x', 'y');

describe('arrowEmphasis', () => {
	it('keeps every arrow quiet when nothing is selected, hovered or focused', () => {
		for (const link of [ab, bc, xy]) {
			expect(arrowEmphasis(link, { selectedId: null, chainLinks: null, attentionId: null })).toBe(
				'quiet'
			);
		}
	});

	it('brings forward the arrows of the hovered or focused event only', () => {
		const c = { selectedId: null, chainLinks: null, attentionId: 'b' };
		expect(arrowEmphasis(ab, c)).toBe('strong');
		expect(arrowEmphasis(bc, c)).toBe('strong');
		expect(arrowEmphasis(cd, c)).toBe('quiet');
	});

	it('with a selection: direct links strong, the further chain quieter, the rest faint', () => {
		const c = { selectedId: 'b', chainLinks: new Set([ab.id, bc.id, cd.id]), attentionId: null };
		expect(arrowEmphasis(ab, c)).toBe('strong');
		expect(arrowEmphasis(bc, c)).toBe('strong');
		expect(arrowEmphasis(cd, c)).toBe('chain');
		expect(arrowEmphasis(xy, c)).toBe('faint');
		// Hovering another event while one is selected brings its arrows forward too.
		expect(arrowEmphasis(xy, { ...c, attentionId: 'y' })).toBe('strong');
	});

	it("in a story: the step's links strong, earlier steps' quieter, the rest faint", () => {
		const story = { current: new Set([cd.id]), earlier: new Set([ab.id]) };
		const c = { selectedId: null, chainLinks: null, attentionId: null, story };
		expect(arrowEmphasis(cd, c)).toBe('strong');
		expect(arrowEmphasis(ab, c)).toBe('chain');
		expect(arrowEmphasis(xy, c)).toBe('faint');
		expect(arrowEmphasis(xy, { ...c, attentionId: 'x' })).toBe('strong');
	});
});
