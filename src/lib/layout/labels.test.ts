import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncate, truncateWords } from './labels';

describe('estimateTextWidth', () => {
	it.each([
		{ text: '', em: 0 },
		{ text: 'i', em: 0.3 },
		{ text: "l.'", em: 0.9 },
		{ text: 'a', em: 0.52 },
		{ text: 'A', em: 0.68 },
		{ text: 'M', em: 0.9 },
		{ text: 'W', em: 0.9 },
		{ text: '7', em: 0.55 },
		{ text: ' ', em: 0.28 },
		{ text: 'Ab 1', em: 0.68 + 0.52 + 0.28 + 0.55 },
		{ text: 'É', em: 0.68 },
		{ text: 'e\u0301', em: 0.52 },
		{ text: '中文', em: 2 }
	])('measures "$text" as $em em', ({ text, em }) => {
		expect(estimateTextWidth(text)).toBeCloseTo(em * 12, 9);
		expect(estimateTextWidth(text, 20)).toBeCloseTo(em * 20, 9);
	});

	it('ranks narrow < lowercase < uppercase < wide, deterministically', () => {
		const w = (s: string) => estimateTextWidth(s.repeat(10));
		expect(w('i')).toBeLessThan(w('a'));
		expect(w('a')).toBeLessThan(w('A'));
		expect(w('A')).toBeLessThan(w('M'));
		expect(estimateTextWidth('Azm-e-Istehkam')).toBe(estimateTextWidth('Azm-e-Istehkam'));
	});

	it('is at least as wide as a typical sans-serif for a real label', () => {
		// Helvetica/Arial advance widths sum to about 6.9 em for this title.
		expect(estimateTextWidth('Besham attack kills five')).toBeGreaterThanOrEqual(6.9 * 12);
	});

	it('returns 0 for a non-positive or NaN font size', () => {
		expect(estimateTextWidth('abc', 0)).toBe(0);
		expect(estimateTextWidth('abc', NaN)).toBe(0);
	});
});

describe('truncate', () => {
	const title = 'Operation Azm-e-Istehkam announced';

	it('leaves text that fits alone', () => {
		expect(truncate(title, estimateTextWidth(title))).toBe(title);
		expect(truncate('', 100)).toBe('');
	});

	it.each([20, 40, 77, 120, 200])('cuts to fit %i px and ends with "…"', (max) => {
		const out = truncate(title, max);
		expect(out.endsWith('…')).toBe(true);
		expect(estimateTextWidth(out)).toBeLessThanOrEqual(max);
		expect(title.startsWith(out.slice(0, -1))).toBe(true);
		// One more character would not have fitted.
		const longer = title.slice(0, out.length) + '…';
		expect(estimateTextWidth(longer)).toBeGreaterThan(max);
	});

	it('drops spaces before the ellipsis', () => {
		const prefix = 'Operation ';
		const out = truncate(title, estimateTextWidth(prefix + '…') + 1);
		expect(out).toBe('Operation…');
	});

	it('returns "…" alone, then "", as the room runs out', () => {
		const ellipsis = estimateTextWidth('…');
		expect(truncate('Wide', ellipsis)).toBe('…');
		expect(truncate('Wide', ellipsis - 0.1)).toBe('');
		expect(truncate('Wide', 0)).toBe('');
		expect(truncate('Wide', NaN)).toBe('');
	});

	it('never splits a surrogate pair', () => {
		const out = truncate('😀😀😀😀', estimateTextWidth('😀😀…'));
		expect(out).toBe('😀😀…');
	});
});

describe('truncateWords', () => {
	const title = 'Bus bombing kills nine Chinese workers near Dasu';

	it('cuts between words, never inside one', () => {
		for (const max of [60, 90, 120, 150, 200]) {
			const out = truncateWords(title, max);
			expect(estimateTextWidth(out)).toBeLessThanOrEqual(max);
			const words = out.replace(/…$/, '').split(' ');
			for (const w of words) expect(title.split(' ')).toContain(w);
		}
	});

	it('leaves text that fits, and cuts a single long word as truncate does', () => {
		expect(truncateWords(title, estimateTextWidth(title))).toBe(title);
		expect(truncateWords('Azm-e-Istehkam', 50)).toBe(truncate('Azm-e-Istehkam', 50));
	});
});

describe('truncateWords and brackets', () => {
	it('does not end on a word that opens a bracket', () => {
		const title = 'CPEC “woefully underperformed” (the article’s assessment)';
		const out = truncateWords(title, estimateTextWidth('CPEC “woefully underperformed” (the…') + 1);
		expect(out).toBe('CPEC “woefully underperformed”…');
	});
});
