/** The benchmark's command line, read into one typed object (see run.ts's header and README.md). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, EVENT_ID_PREFIX } from './generate.ts';
import { RESULTS_DIR, SMOKE_DIR } from './results-io.ts';
import type { PageName } from './types.ts';

export interface BenchOptions {
	help: boolean;
	smoke: boolean;
	/** Run `npm run build` first (off with --no-build). */
	build: boolean;
	sizes: number[];
	runs: number;
	seed: number;
	/** Where results.json and RESULTS.md go (absolute). */
	outDir: string;
	/** What counts as a drawn event, per page (for the first frame). */
	selectors: Record<PageName, string>;
	/** For counting drawn marks (vis-timeline's box items add a line and a dot `.vis-item` each). */
	countSelectors: Record<PageName, string>;
	only: PageName | null;
	causewayPath: string;
	causewayQuery: string;
	filterPath: string;
	screenshots: boolean;
	strict: boolean;
	/** --load-cap in ms, or null for the defaults by size. */
	loadCapMs: number | null;
	/** Runs not yet started after this long are skipped. */
	budgetMs: number;
}

export function parseOptions(argv: readonly string[], root: string): BenchOptions {
	const { values: args } = parseArgs({
		args: [...argv],
		options: {
			sizes: { type: 'string' },
			runs: { type: 'string' },
			smoke: { type: 'boolean', default: false },
			'no-build': { type: 'boolean', default: false },
			'causeway-path': { type: 'string', default: '/embed' },
			'causeway-query': { type: 'string', default: 'controls=0' },
			'filter-path': { type: 'string', default: '/' },
			'event-selector': { type: 'string', default: `[data-event-id^="${EVENT_ID_PREFIX}"]` },
			only: { type: 'string' },
			seed: { type: 'string' },
			screenshots: { type: 'boolean', default: false },
			out: { type: 'string' },
			strict: { type: 'boolean', default: false },
			'load-cap': { type: 'string' },
			'budget-min': { type: 'string' },
			help: { type: 'boolean', default: false }
		},
		strict: true
	});
	const smoke = args.smoke;
	const selector = args['event-selector'];
	return {
		help: args.help,
		smoke,
		build: !args['no-build'],
		sizes: (args.sizes ?? (smoke ? '1000' : '1000,10000,50000'))
			.split(',')
			.map((s) => Number(s.trim()))
			.filter((n) => Number.isInteger(n) && n > 0),
		runs: Math.max(1, Number(args.runs ?? (smoke ? 1 : 5)) || 1),
		seed: Number(args.seed ?? DEFAULT_SEED),
		outDir: resolve(root, args.out ?? (smoke ? SMOKE_DIR : RESULTS_DIR)),
		selectors: { causeway: selector, vis: '.vis-item' },
		countSelectors: { causeway: selector, vis: '.vis-item:not(.vis-line):not(.vis-dot)' },
		only: args.only === 'causeway' || args.only === 'vis' ? args.only : null,
		causewayPath: args['causeway-path'],
		causewayQuery: args['causeway-query'],
		filterPath: args['filter-path'],
		screenshots: args.screenshots,
		strict: args.strict,
		loadCapMs: args['load-cap'] ? Number(args['load-cap']) * 1000 : null,
		budgetMs: Number(args['budget-min'] ?? (smoke ? 10 : 40)) * 60_000
	};
}

/** How long a page may take to draw events, by dataset size (`--load-cap S` overrides). */
export const loadCapMs = (options: Pick<BenchOptions, 'loadCapMs'>, n: number) =>
	options.loadCapMs ?? (n >= 50_000 ? 90_000 : n >= 10_000 ? 60_000 : 30_000);

/** How long one interaction phase (zoom, or pan) may take before it is cut short. */
export const phaseCapMs = (n: number) => (n >= 50_000 ? 45_000 : 30_000);
