import { describe, expect, it } from 'vitest';
import { benchResults, bytesResult } from './fixtures.ts';
import { emptySize } from './summary.ts';
import { evaluateTargets } from './targets.ts';
import type { SizeResult, Target } from './types.ts';

function size(n: number, zoomP95: number | null, panP95: number | null): SizeResult {
	const s = emptySize(n);
	s.median.causeway.zoomP95Ms = zoomP95;
	s.median.causeway.panP95Ms = panP95;
	return s;
}

const byId = (targets: Target[]) => new Map(targets.map((t) => [t.id, t]));

describe('evaluateTargets', () => {
	it('checks the embed weight against 60 KB, and cannot decide it for a stand-in page', () => {
		expect(byId(evaluateTargets(benchResults([]))).get('embed-bytes')?.pass).toBe(true);
		expect(evaluateTargets(benchResults([], bytesResult(61_000)))[0].pass).toBe(false);
		const fallback = bytesResult(70_000, { url: '/', note: '/embed does not exist yet' });
		expect(evaluateTargets(benchResults([], fallback))[0]).toMatchObject({
			pass: null,
			note: '/embed does not exist yet'
		});
	});

	it('adds the 10,000 and 50,000 event targets only for the sizes that ran', () => {
		expect(evaluateTargets(benchResults([size(1000, 16.7, 16.7)])).map((t) => t.id)).toEqual([
			'embed-bytes'
		]);
		const ids = evaluateTargets(
			benchResults([size(10_000, 16.7, 16.7), size(50_000, 33.3, 33.3)])
		).map((t) => t.id);
		expect(ids).toEqual([
			'embed-bytes',
			'10k-first-frame',
			'10k-zoom-p95',
			'10k-pan-p95',
			'50k-first-frame',
			'50k-zoom-p95',
			'50k-pan-p95',
			'50k-long-task',
			'50k-heap',
			'50k-filter'
		]);
	});

	it('reads frame limits as whole 60 Hz frames, with 0.5 ms of vsync jitter', () => {
		const t = byId(
			evaluateTargets(benchResults([size(10_000, 16.9, 33.3), size(50_000, 33.4, 50)]))
		);
		expect(t.get('10k-zoom-p95')).toMatchObject({
			pass: true,
			note: expect.stringContaining('jitter')
		});
		expect(t.get('10k-pan-p95')?.pass).toBe(false);
		expect(t.get('50k-zoom-p95')).toMatchObject({
			pass: true,
			note: expect.stringContaining('jitter')
		});
		expect(t.get('50k-pan-p95')?.pass).toBe(false);
	});

	it('leaves a ratio target undecided when only a bound that does not settle it is known', () => {
		const s = size(10_000, null, null);
		s.ratio.firstFrame = { value: 0.5, kind: 'atMost' };
		const t = byId(evaluateTargets(benchResults([s])));
		expect(t.get('10k-first-frame')).toMatchObject({ pass: null, measured: '— / — = < 0.5×' });
		expect(t.get('10k-zoom-p95')?.pass).toBeNull();
		s.ratio.firstFrame = { value: 0.05, kind: 'atMost' };
		expect(byId(evaluateTargets(benchResults([s]))).get('10k-first-frame')?.pass).toBe(true);
		s.ratio.firstFrame = { value: 0.3, kind: 'atLeast' };
		expect(byId(evaluateTargets(benchResults([s]))).get('10k-first-frame')?.pass).toBe(false);
	});
});
