import { describe, expect, it } from 'vitest';
import { cardDataset } from '$lib/publish/card-fixture';
import { cardSvg } from '$lib/publish/card';
import { pngSize, svgToPng } from './png';

describe('svgToPng', () => {
	it('renders a card at 1200×630', () => {
		const png = svgToPng(cardSvg(cardDataset(), { kind: 'event', id: 'blast' })!);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		// A card with text and marks is far from a blank page's few hundred bytes.
		expect(png.length).toBeGreaterThan(20_000);
	});
	it('scales to a width, keeping the aspect ratio', () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/></svg>';
		expect(pngSize(svgToPng(svg, { width: 180, background: '#1d4ed8' }))).toEqual({
			width: 180,
			height: 180
		});
	});
});

describe('pngSize', () => {
	it('is null for bytes that are not a PNG', () => {
		expect(pngSize(new TextEncoder().encode('<svg></svg> and some more text here'))).toBeNull();
		expect(pngSize(new Uint8Array([0x89, 0x50]))).toBeNull();
	});
});
