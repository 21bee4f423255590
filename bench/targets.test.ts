import { describe, expect, it } from 'vitest';
import { benchResults, bytesResult } from './fixtures.ts';
import { emptySize } from './summary.ts';
import { evaluateTargets } from './targets.ts';
import type { PageMedians, SizeResult, Target } from './types.ts';

function size(n: number, c: Partial<PageMedians> = {}, filterMs: number | null = null): SizeResult {
	const s = emptySize(n);
	Object.assign(s.median.causeway, c);
	s.median.filterMs = filterMs;
	return s;
}

const byId = (targets: Target[]) => new Map(targets.map((t) => [t.id, t]));
const ids = (sizes: SizeResult[]) => evaluateTargets(benchResults(sizes)).map((t) => t.id);

describe('evaluateTargets', () => {
	it('checks the embed against 50 KB and /causeway.js against 55 KB, gzip', () => {
		const within = byId(evaluateTargets(benchResults([])));
		expect(within.get('embed-bytes')).toMatchObject({
			description: 'Embed page JS+CSS, gzip, without the dataset',
			measured: '48.0 KB, 2.0 KB under',
			limit: '≤ 50 KB',
			pass: true
		});
		expect(within.get('element-bytes')).toMatchObject({
			description: 'Web component: /causeway.js with the modules and stylesheet it loads, gzip',
			measured: '52.0 KB, 3.0 KB under',
			limit: '≤ 55 KB',
			pass: true
		});
		const over = evaluateTargets(
			benchResults([], bytesResult(87_900), bytesResult(81_000, { url: '/causeway.js' }))
		);
		expect(over.map((t) => [t.measured, t.pass])).toEqual([
			['87.9 KB, 37.9 KB over', false],
			['81.0 KB, 26.0 KB over', false]
		]);
	});

	it('cannot decide the weight of a stand-in page or of a file that is not built', () => {
		const fallback = bytesResult(70_000, { url: '/', note: '/embed does not exist yet' });
		const t = byId(evaluateTargets(benchResults([], fallback, null)));
		expect(t.get('embed-bytes')).toMatchObject({
			measured: '—',
			pass: null,
			note: '/embed does not exist yet'
		});
		expect(t.get('element-bytes')).toMatchObject({
			pass: null,
			note: 'element-bytes: HTTP not fetched'
		});
	});

	it('adds each size’s targets only for the sizes that ran, smallest first', () => {
		expect(ids([size(2000)])).toEqual(['embed-bytes', 'element-bytes']);
		expect(ids([size(100_000), size(1000), size(50_000), size(10_000)])).toEqual([
			'embed-bytes',
			'element-bytes',
			'1k-first-frame',
			'10k-first-frame',
			'10k-zoom-p95',
			'10k-pan-p95',
			'50k-first-frame',
			'50k-zoom-p95',
			'50k-pan-p95',
			'50k-long-task',
			'100k-first-frame',
			'100k-long-task',
			'100k-heap',
			'100k-filter'
		]);
	});

	it('holds first frames to 0.5×, 0.15× and 0.05× vis-timeline’s at 1,000, 10,000 and 50,000', () => {
		const at = (n: number, value: number) => {
			const s = size(n);
			s.ratio.vis.firstFrame = { value, kind: 'exact' };
			return byId(evaluateTargets(benchResults([s]))).get(`${n / 1000}k-first-frame`)!;
		};
		expect(at(1000, 0.5)).toMatchObject({ pass: true, limit: '≤ 0.5×' });
		expect(at(1000, 0.51).pass).toBe(false);
		expect(at(10_000, 0.15).pass).toBe(true);
		expect(at(10_000, 0.223)).toMatchObject({ pass: false, measured: '— / — = 0.223×' });
		expect(at(50_000, 0.036).pass).toBe(true);
		expect(at(50_000, 0.06).pass).toBe(false);
	});

	it('holds main-thread work per frame (p95) to 8 ms at 10,000 and 12 ms at 50,000', () => {
		const t = byId(
			evaluateTargets(
				benchResults([
					size(10_000, { zoomP95Ms: 8, panP95Ms: 8.1 }),
					size(50_000, { zoomP95Ms: 12, panP95Ms: null })
				])
			)
		);
		expect(t.get('10k-zoom-p95')).toMatchObject({
			description: '10,000 events: zoom, main-thread work per frame, p95 (Causeway)',
			measured: '8 ms',
			limit: '≤ 8 ms',
			pass: true
		});
		expect(t.get('10k-pan-p95')?.pass).toBe(false);
		expect(t.get('50k-zoom-p95')?.pass).toBe(true);
		expect(t.get('50k-pan-p95')).toMatchObject({ measured: '—', pass: null });
	});

	it('allows no task over 100 ms in zoom and pan at 50,000 events, and none over 200 ms at 100,000', () => {
		const t = byId(
			evaluateTargets(
				benchResults([
					size(50_000, { interactionMaxLongTaskMs: 100, interactionMaxLongTaskMsWorst: 140 }),
					size(100_000, { interactionMaxLongTaskMs: 201, interactionMaxLongTaskMsWorst: 260 })
				])
			)
		);
		expect(t.get('50k-long-task')).toMatchObject({
			measured: '100 ms (worst run 140 ms)',
			limit: '≤ 100 ms',
			pass: true
		});
		expect(t.get('100k-long-task')).toMatchObject({ limit: '≤ 200 ms', pass: false });
	});

	it('at 100,000 events: first frame ≤ 3 s, heap ≤ 60 MB, filter ≤ 150 ms', () => {
		const ok = byId(
			evaluateTargets(
				benchResults([
					size(100_000, { firstFrameMs: { value: 2900, atLeast: false }, heapUsedMB: 60 }, 150)
				])
			)
		);
		expect(['100k-first-frame', '100k-heap', '100k-filter'].map((id) => ok.get(id)?.pass)).toEqual([
			true,
			true,
			true
		]);
		expect(ok.get('100k-first-frame')).toMatchObject({ measured: '2900 ms', limit: '≤ 3 s' });
		const capped = byId(
			evaluateTargets(
				benchResults([
					size(100_000, { firstFrameMs: { value: 120_000, atLeast: true }, heapUsedMB: 61 }, 151)
				])
			)
		);
		expect(capped.get('100k-first-frame')).toMatchObject({ measured: '> 120.0 s', pass: false });
		expect(capped.get('100k-heap')?.pass).toBe(false);
		expect(capped.get('100k-filter')?.pass).toBe(false);
	});

	it('says why the filter was not measured', () => {
		const s = size(100_000);
		s.filter.push({
			size: 100_000,
			run: 1,
			url: '/',
			actor: 'a',
			ms: null,
			rafMs: null,
			chartMs: null,
			longestTaskMs: null,
			countBefore: null,
			countAfter: null,
			note: 'no <summary> "Actors" (filter bar) on the page'
		});
		expect(byId(evaluateTargets(benchResults([s]))).get('100k-filter')).toMatchObject({
			pass: null,
			note: 'no <summary> "Actors" (filter bar) on the page'
		});
	});

	it('leaves a ratio target undecided when only a bound that does not settle it is known', () => {
		const s = size(10_000);
		const first = () => byId(evaluateTargets(benchResults([s]))).get('10k-first-frame');
		s.ratio.vis.firstFrame = { value: 0.5, kind: 'atMost' };
		expect(first()).toMatchObject({ pass: null, measured: '— / — = < 0.5×' });
		s.ratio.vis.firstFrame = { value: 0.05, kind: 'atMost' };
		expect(first()?.pass).toBe(true);
		s.ratio.vis.firstFrame = { value: 0.3, kind: 'atLeast' };
		expect(first()?.pass).toBe(false);
		s.ratio.vis.firstFrame = { value: 0.1, kind: 'atLeast' };
		expect(first()?.pass).toBeNull();
	});
});
