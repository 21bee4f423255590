/** Results to test the pure parts of the benchmark with (not a test file itself). */
import type { BenchResults, BytesResult, RunResult, SizeResult } from './types.ts';

export function runResult(page: RunResult['page'], over: Partial<RunResult> = {}): RunResult {
	return {
		page,
		size: 1000,
		run: 1,
		url: '/',
		order: 0,
		drew: true,
		timedOut: false,
		capMs: 30_000,
		firstFrameMs: 100,
		firstFrameRafMs: 90,
		pageMarkMs: null,
		drawnElements: 1000,
		heapUsedBytes: 20e6,
		chart: { width: 1240, height: 560 },
		load: { count: 1, maxMs: 80, totalMs: 80 },
		zoom: null,
		pan: null,
		interaction: null,
		wallMs: 5000,
		errors: [],
		notes: [],
		...over
	};
}

export const bytesResult = (totalGzip: number, over: Partial<BytesResult> = {}): BytesResult => ({
	url: '/embed',
	status: 200,
	jsGzip: totalGzip - 5000,
	cssGzip: 5000,
	totalGzip,
	htmlGzip: 3000,
	files: [],
	note: null,
	...over
});

export function benchResults(
	sizes: SizeResult[],
	embed = bytesResult(48_000),
	element: BytesResult | null = bytesResult(52_000, { url: '/causeway.js', cssGzip: 0 })
): BenchResults {
	return {
		meta: {
			date: '2026-01-01T00:00:00.000Z',
			command: 'tsx bench/run.ts',
			smoke: false,
			sizes: sizes.map((s) => s.size),
			runs: 1,
			seed: 1,
			causewayUrl: '/embed?src=/bench-data/events-<n>.json&controls=0',
			filterUrl: '/?src=/bench-data/events-<n>.json',
			visUrl: '/vis/vis.html?src=/bench-data/events-<n>.json',
			tlUrl: '/tl/tl.html?src=/bench-data/events-<n>.json',
			eventSelector: '[data-event-id^="evt-"]',
			machine: {
				nproc: 2,
				cpu: 'test',
				memoryGB: 8,
				os: 'Linux',
				node: 'v20',
				chromium: '156',
				loadAverageStart: [1],
				loadAverageEnd: [1]
			},
			viewport: { width: 1280, height: 800 },
			durationS: 60,
			notes: []
		},
		bytes: {
			causeway: embed,
			vis: bytesResult(90_000, { url: '/vis/vis.html' }),
			tl: bytesResult(76_000, { url: '/tl/tl.html' }),
			element,
			ratio: 0.533,
			ratioTl: 0.632
		},
		sizes,
		targets: []
	};
}
