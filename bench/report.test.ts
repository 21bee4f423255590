import { describe, expect, it } from 'vitest';
import { benchResults, runResult } from './fixtures.ts';
import { renderMarkdown } from './report.ts';
import { emptySize, summariseSize } from './summary.ts';

describe('renderMarkdown', () => {
	it('shows Causeway, vis-timeline and TimelineJS side by side, with both ratios', () => {
		const s = emptySize(1000);
		s.runs.push(
			runResult('causeway', { firstFrameMs: 200 }),
			runResult('vis', { firstFrameMs: 400 }),
			runResult('tl', { firstFrameMs: 8000 })
		);
		summariseSize(s);
		const md = renderMarkdown(benchResults([s]));
		expect(md).toContain(
			'| Metric | Causeway | vis-timeline | TimelineJS | Causeway / vis | Causeway / TimelineJS |'
		);
		expect(md).toContain(
			'| First frame with events drawn | 200 ms | 400 ms | 8000 ms | 0.5× | 0.025× |'
		);
		expect(md).toContain('| TimelineJS page (`/tl/tl.html`) |');
		expect(md).toContain('| Causeway web component (`/causeway.js`) |');
	});

	it('says how many runs of each page drew, and the cap the others were stopped at', () => {
		const s = emptySize(10_000);
		s.runs.push(
			runResult('causeway'),
			runResult('vis'),
			runResult('tl', { drew: false, timedOut: true, firstFrameMs: null, capMs: 60_000 })
		);
		summariseSize(s);
		const md = renderMarkdown(benchResults([s]));
		expect(md).toContain(
			'Runs that drew events: Causeway 1/1; vis-timeline 1/1; TimelineJS 0/1, 1 stopped at the cap (> 60.0 s).'
		);
		expect(md).toContain(
			'| First frame with events drawn | 100 ms | 100 ms | > 60.0 s | 1× | < 0.002× |'
		);
	});
});
