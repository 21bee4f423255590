import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../layout/labels.ts';
import { datasetOf } from '../model/fixture.ts';
import { escapeXml } from './card-chart.ts';
import { cardDataset } from './card-fixture.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, markAt, titleLines } from './card.ts';

const ds = cardDataset();
/** The text of every <text> and <tspan>, in order. */
const texts = (svg: string) =>
	[...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)(?=<)/g)].map((m) => m[1]).filter(Boolean);

describe('escapeXml', () => {
	it('escapes the five XML specials and nothing else', () => {
		expect(escapeXml(`a & b < c > d "e" 'f' – ü`)).toBe(
			'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; – ü'
		);
	});
});

describe('cardSvg', () => {
	const svg = cardSvg(ds, { kind: 'event', id: 'blast' })!;

	it('draws Causeway’s own card with none of the dataset in it', () => {
		const site = cardSvg(ds, { kind: 'site' })!;
		expect(texts(site)).toEqual([
			'Causeway',
			'Causeway',
			'Timelines that show what happened, and why'
		]);
		expect(site).not.toContain(escapeXml(ds.title));
		// No chart: the mark twice (the brand, and large where the chart would be).
		expect(site).not.toContain('<g transform');
		expect(site.match(/<svg x=/g)).toHaveLength(2);
	});

	it('is a 1200×630 SVG document', () => {
		expect(CARD_WIDTH).toBe(1200);
		expect(CARD_HEIGHT).toBe(630);
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/
		);
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('escapes the title, the dataset and the labels from the data', () => {
		expect(svg).not.toContain('<Dasu>');
		expect(svg).not.toContain('<odd>');
		expect(svg).toContain('<title>Blast at &lt;Dasu&gt; &amp; &quot;after&quot;</title>');
		expect(texts(svg)).toContain('Blast at &lt;Dasu&gt; &amp; &quot;after&quot;');
		expect(texts(svg)).toContain('Small &amp; &lt;odd&gt; &quot;timeline&quot;');
	});

	it('has the branding, the short line and the time axis', () => {
		expect(texts(svg)).toEqual(
			expect.arrayContaining(['Causeway', '26 March 2024 · Attack', 'Mar 2024', 'Apr', 'Jun'])
		);
		expect(svg).toContain(markAt(56, 38, 44));
	});

	it("draws the event's mark ringed, with its causes and effects and the arrows between them", () => {
		const marks = [...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]);
		expect(marks).toEqual(['cause', 'blast', 'talks', 'launch']);
		const blast = svg.match(/<g data-event-id="blast"[^>]*>(.*?)<\/g>/)![1];
		expect(blast).toContain('stroke="#1d4ed8" stroke-width="3"');
		expect(blast).toContain('font-weight="700"');
		expect(svg.match(/<g class="arrow"/g)).toHaveLength(3);
		// The inferred link is dashed; the unrelated event is a faint dot on the axis.
		expect(svg.match(/stroke-dasharray="8 6"/g)).toHaveLength(1);
		expect(svg.match(/<circle [^>]*opacity="0.6"/g)).toHaveLength(1);
	});

	it('shows the whole timeline without labels, and a step with its own', () => {
		const timeline = cardSvg(ds, { kind: 'timeline' })!;
		expect([...timeline.matchAll(/data-event-id="/g)]).toHaveLength(5);
		expect(texts(timeline)).not.toContain('A cause');
		const step = cardSvg(ds, { kind: 'step', id: 'why', step: 2 })!;
		expect(texts(step)).toEqual(
			expect.arrayContaining(['The answer', 'Step 2 of 2 · Why it happened', 'Launch'])
		);
	});

	it('is null for a subject the dataset does not have', () => {
		expect(cardSvg(ds, { kind: 'event', id: 'nope' })).toBeNull();
	});

	it('cuts a long title between words, on its last line', () => {
		const long = `${'Negotiations '.repeat(30)}end`;
		const big = datasetOf({
			title: 'T',
			events: [{ id: 'e', title: long, date: '2024-01-01' }]
		});
		const lines = [
			...cardSvg(big, { kind: 'event', id: 'e' })!.matchAll(/<tspan[^>]*>([^<]*)</g)
		].map((m) => m[1]);
		expect(lines).toHaveLength(3);
		expect(lines[2]).toMatch(/^Negotiations( Negotiations)*…$/);
		for (const line of lines) expect(estimateTextWidth(line, 42) * 1.25).toBeLessThanOrEqual(1088);
	});
});

describe('labels of bars', () => {
	const attrs = (svg: string, id: string) => {
		const g = svg.match(new RegExp(`<g data-event-id="${id}".*?</g>`))![0];
		return {
			rect: Number(g.match(/<rect x="([\d.]+)"/)![1]),
			text: Number(g.match(/<text x="([\d.]+)"/)![1])
		};
	};
	const ds = datasetOf({
		title: 'Bars',
		events: [
			{
				id: 'long',
				title: 'A long war that lasts the whole time',
				date: '2024-01-01',
				endDate: '2024-12-31'
			},
			{ id: 'a', title: 'Start', date: '2024-03-01' },
			{
				id: 'short',
				title: 'A short bar at the very end of it all',
				date: '2024-12-29',
				endDate: '2024-12-30'
			}
		],
		links: [
			{ from: 'long', to: 'a' },
			{ from: 'a', to: 'short' }
		]
	});
	const svg = cardSvg(ds, { kind: 'event', id: 'a' })!;
	it('start after the symbol when pinned inside the bar', () => {
		const { rect, text } = attrs(svg, 'long');
		expect(text).toBeGreaterThanOrEqual(rect + 7 + 14);
	});
	it('stay left of a bar at the end of the data', () => {
		const { rect, text } = attrs(svg, 'short');
		expect(text).toBeLessThan(rect);
	});
});

describe('titleLines', () => {
	it.each([
		['Short', 1000, 2, ['Short']],
		['one two three four', 300, 2, ['one two', 'three four']],
		['one two three four five six', 300, 2, ['one two', 'three four…']],
		['one two three four five six', 300, 3, ['one two', 'three four', 'five six']]
	])('%j in %i px', (text, width, max, expected) => {
		expect(titleLines(text, width, 40, max)).toEqual(expected);
	});
});
