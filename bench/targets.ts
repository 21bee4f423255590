/**
 * The targets of issue 16 that RESULTS.md checks (see README.md "Targets"): each is pass, fail,
 * or not decided (data missing, or a bound that cannot settle it). Pure.
 */
import { budgetMeasured, checkBudgets } from './budget.ts';
import { dash, fmtMB, fmtMs, fmtRatio } from './format.ts';
import type { Bounded } from './stats.ts';
import type { BenchResults, PageMedians, Ratio, SizeResult, Target } from './types.ts';

/** First frame against vis-timeline's, by size. */
export const FIRST_FRAME_RATIO: Record<number, number> = {
	1_000: 0.5,
	10_000: 0.15,
	50_000: 0.05
};

/** Main-thread ms per frame, p95, during zoom and pan, by size. */
export const FRAME_P95_MS: Record<number, number> = { 10_000: 8, 50_000: 12 };

/** The longest main-thread task during zoom and pan, by size. */
export const LONGEST_TASK_MS: Record<number, number> = { 50_000: 100, 100_000: 200 };

/** 100,000 events: absolute limits (no anchor draws that many in a usable time). */
export const AT_100K = { firstFrameMs: 3000, heapMB: 60, filterMs: 150 } as const;

/** Pass when the ratio is (at most) the limit; null when a bound cannot settle it. */
function ratioPass(r: Ratio | null, limit: number): boolean | null {
	if (!r) return null;
	if (r.kind === 'exact') return r.value <= limit;
	if (r.kind === 'atMost') return r.value <= limit ? true : null;
	return r.value > limit ? false : null;
}

/** Pass when at most `limit`; a lower bound ("> 120 s") passes nothing and fails above the limit. */
function atMost(v: Bounded | number | null, limit: number): boolean | null {
	if (v === null) return null;
	const b = typeof v === 'number' ? { value: v, atLeast: false } : v;
	if (b.atLeast) return b.value > limit ? false : null;
	return b.value <= limit;
}

const eventsLabel = (n: number) => `${n.toLocaleString('en-GB')} events`;
const key = (n: number) => `${n / 1000}k`;

function longestTask(s: SizeResult, c: PageMedians, limit: number): Target {
	return {
		id: `${key(s.size)}-long-task`,
		description: `${eventsLabel(s.size)}: longest main-thread task during zoom and pan (Causeway)`,
		measured:
			c.interactionMaxLongTaskMs === null
				? dash
				: `${fmtMs(c.interactionMaxLongTaskMs)} (worst run ${fmtMs(c.interactionMaxLongTaskMsWorst)})`,
		limit: `≤ ${limit} ms`,
		pass: atMost(c.interactionMaxLongTaskMs, limit),
		note: null
	};
}

/** The targets for one size that has any. */
function sizeTargets(s: SizeResult): Target[] {
	const events = eventsLabel(s.size);
	const c = s.median.causeway;
	const out: Target[] = [];
	const ratio = FIRST_FRAME_RATIO[s.size];
	if (ratio !== undefined) {
		out.push({
			id: `${key(s.size)}-first-frame`,
			description: `${events}: first frame with events, Causeway / vis-timeline`,
			measured: `${fmtMs(c.firstFrameMs)} / ${fmtMs(s.median.vis.firstFrameMs)} = ${fmtRatio(s.ratio.vis.firstFrame)}`,
			limit: `≤ ${ratio}×`,
			pass: ratioPass(s.ratio.vis.firstFrame, ratio),
			note: null
		});
	}
	const frame = FRAME_P95_MS[s.size];
	if (frame !== undefined) {
		for (const [id, v] of [
			['zoom', c.zoomP95Ms],
			['pan', c.panP95Ms]
		] as const) {
			out.push({
				id: `${key(s.size)}-${id}-p95`,
				description: `${events}: ${id}, main-thread work per frame, p95 (Causeway)`,
				measured: fmtMs(v),
				limit: `≤ ${frame} ms`,
				pass: atMost(v, frame),
				note: null
			});
		}
	}
	if (s.size === 100_000) {
		out.push({
			id: '100k-first-frame',
			description: `${events}: first frame with events (Causeway)`,
			measured: fmtMs(c.firstFrameMs),
			limit: `≤ ${AT_100K.firstFrameMs / 1000} s`,
			pass: atMost(c.firstFrameMs, AT_100K.firstFrameMs),
			note: null
		});
	}
	const task = LONGEST_TASK_MS[s.size];
	if (task !== undefined) out.push(longestTask(s, c, task));
	if (s.size === 100_000) {
		out.push(
			{
				id: '100k-heap',
				description: `${events}: JS heap after load (Causeway)`,
				measured: fmtMB(c.heapUsedMB),
				limit: `≤ ${AT_100K.heapMB} MB`,
				pass: atMost(c.heapUsedMB, AT_100K.heapMB),
				note: null
			},
			{
				id: '100k-filter',
				description: `${events}: filter by actor, click → filtered view drawn (Causeway)`,
				measured: fmtMs(s.median.filterMs),
				limit: `≤ ${AT_100K.filterMs} ms`,
				pass: atMost(s.median.filterMs, AT_100K.filterMs),
				note: s.median.filterMs === null ? (s.filter.find((x) => x.note)?.note ?? null) : null
			}
		);
	}
	return out;
}

export function evaluateTargets(results: BenchResults): Target[] {
	const targets: Target[] = checkBudgets(results.bytes).map((c) => ({
		id: c.id,
		description: c.label,
		measured: budgetMeasured(c),
		limit: `≤ ${c.limitBytes / 1000} KB`,
		pass: c.pass,
		note: c.note
	}));
	const sizes = [...results.sizes].sort((a, b) => a.size - b.size);
	for (const s of sizes) targets.push(...sizeTargets(s));
	return targets;
}
