import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from './generate.ts';
import { loadCapMs, pageOrder, parseOptions, phaseCapMs, runsFor } from './options.ts';

const ROOT = '/repo';

describe('parseOptions', () => {
	it('runs the full benchmark by default and writes to bench/results', () => {
		const o = parseOptions([], ROOT);
		expect(o.sizes).toEqual([1000, 10_000, 50_000]);
		expect(o.runs).toBe(5);
		expect(o.seed).toBe(DEFAULT_SEED);
		expect(o.outDir).toBe('/repo/bench/results');
		expect(o.budgetMs).toBe(40 * 60_000);
		expect(o.latencyMs).toBe(0);
		expect(o.build).toBe(true);
		expect(o.causewayPath).toBe('/embed');
		expect(o.causewayQuery).toBe('controls=0');
		expect(o.selectors.causeway).toBe('[data-event-id^="evt-"]');
	});

	it('--latency: the delay every request of a measured page gets, never below 0', () => {
		expect(parseOptions(['--latency', '100'], ROOT).latencyMs).toBe(100);
		expect(parseOptions(['--latency=-5'], ROOT).latencyMs).toBe(0);
		expect(parseOptions(['--latency', 'x'], ROOT).latencyMs).toBe(0);
	});

	it('--smoke: 1,000 events, one run, results in bench/out, a 10-minute budget', () => {
		const o = parseOptions(['--smoke'], ROOT);
		expect(o.sizes).toEqual([1000]);
		expect(o.runs).toBe(1);
		expect(o.outDir).toBe('/repo/bench/out');
		expect(o.budgetMs).toBe(10 * 60_000);
	});

	it('reads sizes, runs, seed, --out and --no-build, dropping sizes that are not whole', () => {
		const o = parseOptions(
			[
				'--sizes',
				'500, x,2.5,-3,2000',
				'--runs',
				'0',
				'--seed',
				'7',
				'--out',
				'tmp/b',
				'--no-build'
			],
			ROOT
		);
		expect(o.sizes).toEqual([500, 2000]);
		expect(o.runs).toBe(1);
		expect(o.seed).toBe(7);
		expect(o.outDir).toBe('/repo/tmp/b');
		expect(o.build).toBe(false);
	});

	it('measures the three pages; --only one of them; --smoke leaves TimelineJS out', () => {
		expect(parseOptions([], ROOT).pages).toEqual(['causeway', 'vis', 'tl']);
		expect(parseOptions(['--only', 'tl'], ROOT).pages).toEqual(['tl']);
		expect(parseOptions(['--only', 'both'], ROOT).pages).toEqual(['causeway', 'vis', 'tl']);
		expect(parseOptions(['--smoke'], ROOT).pages).toEqual(['causeway', 'vis']);
		expect(parseOptions(['--smoke', '--only', 'tl'], ROOT).pages).toEqual(['tl']);
	});

	it('turns the size gate on only with --size-gate (targets) or --size-ceiling (CI)', () => {
		expect(parseOptions(['--smoke'], ROOT).sizeGate).toBe('off');
		expect(parseOptions(['--smoke', '--size-gate'], ROOT).sizeGate).toBe('target');
		expect(parseOptions(['--smoke', '--size-ceiling'], ROOT).sizeGate).toBe('ceiling');
		expect(parseOptions(['--size-ceiling', '--size-gate'], ROOT).sizeGate).toBe('target');
	});

	it('refuses an unknown option', () => {
		expect(() => parseOptions(['--size', '10'], ROOT)).toThrow();
	});
});

describe('caps', () => {
	it('gives bigger datasets longer to draw, unless --load-cap says otherwise', () => {
		const o = parseOptions([], ROOT);
		expect([1000, 10_000, 50_000, 100_000].map((n) => loadCapMs(o, n))).toEqual([
			30_000, 60_000, 90_000, 120_000
		]);
		expect(loadCapMs(parseOptions(['--load-cap', '5'], ROOT), 50_000)).toBe(5000);
		expect([10_000, 50_000, 100_000].map(phaseCapMs)).toEqual([30_000, 45_000, 60_000]);
	});
});

describe('runs', () => {
	it('gives an anchor one run above its largest size: vis-timeline 50,000, TimelineJS 10,000', () => {
		expect(runsFor('causeway', 100_000, 5)).toBe(5);
		expect(runsFor('vis', 50_000, 5)).toBe(5);
		expect(runsFor('vis', 100_000, 5)).toBe(1);
		expect(runsFor('tl', 10_000, 3)).toBe(3);
		expect(runsFor('tl', 50_000, 3)).toBe(1);
	});

	it('rotates the pages, Causeway first in run 1', () => {
		expect([1, 2, 3, 4].map(pageOrder)).toEqual([
			['causeway', 'vis', 'tl'],
			['vis', 'tl', 'causeway'],
			['tl', 'causeway', 'vis'],
			['causeway', 'vis', 'tl']
		]);
	});
});
