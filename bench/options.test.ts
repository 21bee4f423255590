import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from './generate.ts';
import { loadCapMs, parseOptions, phaseCapMs } from './options.ts';

const ROOT = '/repo';

describe('parseOptions', () => {
	it('runs the full benchmark by default and writes to bench/results', () => {
		const o = parseOptions([], ROOT);
		expect(o.sizes).toEqual([1000, 10_000, 50_000]);
		expect(o.runs).toBe(5);
		expect(o.seed).toBe(DEFAULT_SEED);
		expect(o.outDir).toBe('/repo/bench/results');
		expect(o.budgetMs).toBe(40 * 60_000);
		expect(o.build).toBe(true);
		expect(o.causewayPath).toBe('/embed');
		expect(o.causewayQuery).toBe('controls=0');
		expect(o.selectors.causeway).toBe('[data-event-id^="evt-"]');
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

	it('takes --only causeway|vis and ignores anything else', () => {
		expect(parseOptions(['--only', 'vis'], ROOT).only).toBe('vis');
		expect(parseOptions(['--only', 'both'], ROOT).only).toBeNull();
	});

	it('refuses an unknown option', () => {
		expect(() => parseOptions(['--size', '10'], ROOT)).toThrow();
	});
});

describe('caps', () => {
	it('gives bigger datasets longer to draw, unless --load-cap says otherwise', () => {
		const o = parseOptions([], ROOT);
		expect([1000, 10_000, 50_000].map((n) => loadCapMs(o, n))).toEqual([30_000, 60_000, 90_000]);
		expect(loadCapMs(parseOptions(['--load-cap', '5'], ROOT), 50_000)).toBe(5000);
		expect(phaseCapMs(10_000)).toBe(30_000);
		expect(phaseCapMs(50_000)).toBe(45_000);
	});
});
