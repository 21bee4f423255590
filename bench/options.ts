/** The benchmark's command line, read into one typed object (see run.ts's header and README.md). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SizeGate } from './budget.ts';
import { DEFAULT_SEED, EVENT_ID_PREFIX } from './generate.ts';
import { RESULTS_DIR, SMOKE_DIR } from './results-io.ts';
import { PAGES, type PageName } from './types.ts';

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
	/** The pages measured: all three; --only one of them; --smoke leaves TimelineJS out. */
	pages: PageName[];
	causewayPath: string;
	causewayQuery: string;
	filterPath: string;
	screenshots: boolean;
	strict: boolean;
	/**
	 * Exit code 4 when the embed or /causeway.js is over its gzip target (--size-gate) or CI's
	 * ceiling (--size-ceiling; see budget.ts).
	 */
	sizeGate: SizeGate;
	/** --load-cap in ms, or null for the defaults by size. */
	loadCapMs: number | null;
	/** Runs not yet started after this long are skipped. */
	budgetMs: number;
	/**
	 * --latency in ms: every request of a measured page waits this long (Chrome's network
	 * emulation), as on a real network rather than the local server; 0 (default) for none.
	 */
	latencyMs: number;
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
			'size-gate': { type: 'boolean', default: false },
			'size-ceiling': { type: 'boolean', default: false },
			'load-cap': { type: 'string' },
			'budget-min': { type: 'string' },
			latency: { type: 'string' },
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
		selectors: { causeway: selector, vis: '.vis-item', tl: '.tl-timemarker' },
		countSelectors: {
			causeway: selector,
			vis: '.vis-item:not(.vis-line):not(.vis-dot)',
			tl: '.tl-timemarker'
		},
		pages: pagesFor(args.only, smoke),
		causewayPath: args['causeway-path'],
		causewayQuery: args['causeway-query'],
		filterPath: args['filter-path'],
		screenshots: args.screenshots,
		strict: args.strict,
		sizeGate: args['size-gate'] ? 'target' : args['size-ceiling'] ? 'ceiling' : 'off',
		loadCapMs: args['load-cap'] ? Number(args['load-cap']) * 1000 : null,
		budgetMs: Number(args['budget-min'] ?? (smoke ? 10 : 40)) * 60_000,
		latencyMs: Math.max(0, Number(args.latency ?? 0) || 0)
	};
}

/**
 * The pages `--only` and `--smoke` leave: an unknown --only measures all of them; a smoke run
 * leaves TimelineJS out (its zoom alone takes minutes; its page weight is still measured).
 */
function pagesFor(only: string | undefined, smoke: boolean): PageName[] {
	const one = PAGES.find((p) => p === only);
	if (one) return [one];
	return smoke ? ['causeway', 'vis'] : [...PAGES];
}

/** How long a page may take to draw events, by dataset size (`--load-cap S` overrides). */
export const loadCapMs = (options: Pick<BenchOptions, 'loadCapMs'>, n: number) =>
	options.loadCapMs ??
	(n >= 100_000 ? 120_000 : n >= 50_000 ? 90_000 : n >= 10_000 ? 60_000 : 30_000);

/** How long one interaction phase (zoom, or pan) may take before it is cut short. */
export const phaseCapMs = (n: number) => (n >= 100_000 ? 60_000 : n >= 50_000 ? 45_000 : 30_000);

/**
 * The largest size each anchor is measured at in every run: above it (vis-timeline past 50,000
 * events, TimelineJS past 10,000) it gets one run only, at its load cap, so that the table says
 * how it fared ("> 60 s") without spending a cap per run on it.
 */
export const ANCHOR_MAX_SIZE: Record<Exclude<PageName, 'causeway'>, number> = {
	vis: 50_000,
	tl: 10_000
};

/** How many runs `page` gets at `n` events, of `runs`. */
export const runsFor = (page: PageName, n: number, runs: number) =>
	page !== 'causeway' && n > ANCHOR_MAX_SIZE[page] ? Math.min(1, runs) : runs;

/** Run `run`'s page order: the pages rotate; run 1 starts with Causeway (whose chart size the others get). */
export const pageOrder = (run: number): PageName[] =>
	PAGES.map((_, i) => PAGES[(i + run - 1) % PAGES.length]);
