/**
 * The measured runs, size by size, for run.ts: which page, in which order, at which URL, and what
 * is not worth repeating.
 */
import { VIEWPORT, type BenchBrowser } from './browser.ts';
import { elapsedMs, log } from './clock.ts';
import { measureFilter } from './filter.ts';
import { fmtMs, fmtRatio } from './format.ts';
import { generateDataset } from './generate.ts';
import { measurePage, type MeasureOptions } from './measure-page.ts';
import { ANCHOR_MAX_SIZE, pageOrder, runsFor, type BenchOptions } from './options.ts';
import { describeRun, emptySize, summariseSize } from './summary.ts';
import type { SizeResult } from './types.ts';

const DEFAULT_CHART = { width: 1240, height: 560 };

/** The pages' URLs on `origin`: Causeway's (`path`: /embed, or / if it is missing), filter, vis. */
export function pageUrls(
	options: Pick<BenchOptions, 'causewayQuery' | 'filterPath'>,
	origin: string,
	path: string
) {
	const query = options.causewayQuery ? `&${options.causewayQuery}` : '';
	const src = (n: number | string) => `?src=/bench-data/events-${n}.json`;
	return {
		causeway: (n: number) => `${origin}${path}${src(n)}${query}`,
		filter: (n: number) => `${origin}${options.filterPath}${src(n)}`,
		vis: (n: number, chart: { width: number; height: number }) =>
			`${origin}/vis/vis.html${src(n)}&w=${chart.width}&h=${chart.height}`,
		tl: (n: number, chart: { width: number; height: number }) =>
			`${origin}/tl/tl.html${src(n)}&w=${chart.width}&h=${chart.height}`,
		/** The same, as recorded in the results. */
		meta: {
			causewayUrl: `${path}${src('<n>')}${query}`,
			filterUrl: `${options.filterPath}${src('<n>')}`,
			visUrl: `/vis/vis.html${src('<n>')}&w=<chart width>&h=<chart height>`,
			tlUrl: `/tl/tl.html${src('<n>')}&w=<chart width>&h=<chart height>`
		}
	};
}

export type PageUrls = ReturnType<typeof pageUrls>;

/**
 * The runs, size by size: the three pages rotate; the anchors get the size of Causeway's chart,
 * and one run only above their largest size (ANCHOR_MAX_SIZE); a Causeway page that draws another dataset, a filter that cannot be measured and the
 * time budget each stop what would only repeat.
 */
export class Sweep {
	#chart = DEFAULT_CHART;
	#causewayUnsupported = false;
	#budgetNoted = false;
	readonly #actor: string;
	readonly #measure: MeasureOptions;

	/** `shotsDir`: where --screenshots go; `notes`: the run's notes, appended to. */
	constructor(
		readonly browser: BenchBrowser,
		readonly options: BenchOptions,
		shotsDir: string,
		readonly urls: PageUrls,
		readonly notes: string[]
	) {
		this.#actor = generateDataset(1, options.seed).actors[0].id;
		this.#measure = { ...options, shotsDir };
	}

	async size(n: number): Promise<SizeResult> {
		const { runs, pages } = this.options;
		const size = emptySize(n);
		let filterWorks = true;
		for (let run = 1; run <= runs; run++) {
			if (this.#budgetSpent(n, run - 1)) break;
			for (const [i, name] of pageOrder(run).entries()) {
				if (!pages.includes(name)) continue;
				if (name === 'causeway' && this.#causewayUnsupported) continue;
				if (run > runsFor(name, n, runs)) continue;
				if (run === 1 && name !== 'causeway' && runsFor(name, n, runs) < runs) {
					this.notes.push(
						`${name === 'vis' ? 'vis-timeline' : 'TimelineJS'} at ${n.toLocaleString('en-GB')} events: one run only, at its load cap (it is measured in every run up to ${ANCHOR_MAX_SIZE[name].toLocaleString('en-GB')} events)`
					);
				}
				const url = name === 'causeway' ? this.urls.causeway(n) : this.urls[name](n, this.#chart);
				log(`${n} events · run ${run}/${runs} · ${name} …`);
				const r = await measurePage(this.browser, this.#measure, {
					page: name,
					url,
					size: n,
					run,
					order: i
				});
				size.runs.push(r);
				log(`  ${describeRun(r)}`);
				if (name !== 'causeway') continue;
				if (r.chart) {
					this.#chart = {
						width: Math.max(300, Math.min(VIEWPORT.width, r.chart.width)),
						height: Math.max(300, Math.min(VIEWPORT.height - 40, r.chart.height))
					};
				}
				if (!r.drew && r.notes.some((x) => x.includes('drew another dataset'))) {
					this.#causewayUnsupported = true;
					this.notes.push(`Causeway: ${r.notes.join('; ')}. Remaining Causeway runs skipped.`);
					log('  Causeway did not draw the bench dataset: skipping its remaining runs');
				}
				if (r.drew && filterWorks) {
					const f = await measureFilter(
						this.browser,
						this.options,
						n,
						run,
						this.urls.filter(n),
						this.#actor
					);
					size.filter.push(f);
					log(`  filter by actor: ${f.ms === null ? `n/a (${f.note})` : `${f.ms} ms`}`);
					if (f.ms === null) {
						// It will not work better next time: save the time.
						filterWorks = false;
						log(`  (filter not measured again for ${n} events)`);
					}
				}
			}
		}
		summariseSize(size);
		const { causeway: c, vis: v, tl } = size.median;
		log(
			`${n} events · medians: first frame Causeway ${fmtMs(c.firstFrameMs)}, vis-timeline ${fmtMs(v.firstFrameMs)} (${fmtRatio(size.ratio.vis.firstFrame)}), TimelineJS ${fmtMs(tl.firstFrameMs)} (${fmtRatio(size.ratio.tl.firstFrame)})`
		);
		return size;
	}

	/** True once the time budget is spent (noted the first time, with the `done` runs of `n`). */
	#budgetSpent(n: number, done: number): boolean {
		const { budgetMs, runs } = this.options;
		if (elapsedMs() <= budgetMs) return false;
		if (!this.#budgetNoted) {
			const note = `time budget of ${budgetMs / 60_000} min reached: ${n} events got ${done} of ${runs} runs; later runs and sizes skipped (--budget-min to change)`;
			this.notes.push(note);
			log(note);
			this.#budgetNoted = true;
		}
		return true;
	}
}
