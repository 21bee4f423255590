/**
 * What the runs come to: long tasks in a window, medians per page, Causeway / vis-timeline and
 * Causeway / TimelineJS ratios (bounds when a run hit its cap), and the one-line log of a run.
 * Pure.
 */
import { boundedMedian, median, round, type Bounded } from './stats.ts';
import {
	ANCHORS,
	type Anchor,
	type LongTaskSummary,
	type PageMedians,
	type PhaseResult,
	type Ratio,
	type Ratios,
	type RunResult,
	type SizeResult
} from './types.ts';

/** Long tasks that started in [from, to): how many, the longest, their total. */
export function summariseLongTasks(
	tasks: readonly { start: number; duration: number }[],
	from: number,
	to: number
): LongTaskSummary {
	const inside = tasks.filter((t) => t.start >= from && t.start < to);
	return {
		count: inside.length,
		maxMs: inside.length ? round(Math.max(...inside.map((t) => t.duration))) : null,
		totalMs: round(inside.reduce((s, t) => s + t.duration, 0)) ?? 0
	};
}

/** The long tasks of the phases that ran, together; null if none ran. */
export function combineLongTasks(phases: readonly (PhaseResult | null)[]): LongTaskSummary | null {
	const ran = phases.filter((p): p is PhaseResult => p !== null);
	if (ran.length === 0) return null;
	return {
		count: ran.reduce((s, p) => s + p.longTasks.count, 0),
		maxMs: ran.reduce<number | null>(
			(m, p) => (p.longTasks.maxMs === null ? m : Math.max(m ?? 0, p.longTasks.maxMs)),
			null
		),
		totalMs: round(ran.reduce((s, p) => s + p.longTasks.totalMs, 0)) ?? 0
	};
}

/**
 * A run's longest main-thread task during zoom and pan: from the traces, else (no trace) the
 * longest long task the page observed; null when no phase ran.
 */
export function longestInteractionTask(r: RunResult): number | null {
	const ran = [r.zoom, r.pan].filter((p): p is PhaseResult => p !== null);
	if (ran.length === 0) return null;
	return Math.max(...ran.map((p) => p.mainThread?.longestTaskMs ?? p.longTasks.maxMs ?? 0));
}

const roundBounded = (b: Bounded | null): Bounded | null =>
	b && { value: round(b.value) ?? b.value, atLeast: b.atLeast };

/** Medians over one page's runs; a run stopped at its cap counts as at least the cap. */
export function mediansOf(runs: readonly RunResult[]): PageMedians {
	const drew = runs.filter((r) => r.drew);
	const m = (f: (r: RunResult) => number | null | undefined) => round(median(drew.map(f)));
	const firsts: (Bounded | null)[] = runs.map((r) =>
		r.drew && r.firstFrameMs !== null
			? { value: r.firstFrameMs, atLeast: false }
			: r.timedOut
				? { value: r.capMs, atLeast: true }
				: null
	);
	const maxes = drew.map(longestInteractionTask);
	return {
		runs: runs.length,
		drew: drew.length,
		timedOut: runs.filter((r) => r.timedOut).length,
		firstFrameMs: roundBounded(boundedMedian(firsts)),
		heapUsedMB: round(median(drew.map((r) => (r.heapUsedBytes ?? NaN) / 1e6)), 2),
		loadLongTasks: m((r) => r.load?.count),
		loadMaxLongTaskMs: m((r) => r.load?.maxMs ?? (r.load ? 0 : null)),
		zoomP50Ms: m((r) => r.zoom?.mainThread?.p50Ms),
		zoomP95Ms: m((r) => r.zoom?.mainThread?.p95Ms),
		panP50Ms: m((r) => r.pan?.mainThread?.p50Ms),
		panP95Ms: m((r) => r.pan?.mainThread?.p95Ms),
		interactionLongTasks: m((r) => r.interaction?.count),
		interactionMaxLongTaskMs: round(median(maxes)),
		interactionMaxLongTaskMsWorst: maxes.some((x) => x !== null)
			? Math.max(...maxes.filter((x): x is number => x !== null))
			: null,
		zoomComplete: drew.some((r) => r.zoom) ? drew.every((r) => r.zoom?.complete) : null,
		panComplete: drew.some((r) => r.pan) ? drew.every((r) => r.pan?.complete) : null
	};
}

/** Causeway / vis-timeline; a bound when one side is; null when both are, or vis is not positive. */
export function ratioOf(c: Bounded | number | null, v: Bounded | number | null): Ratio | null {
	const cb = typeof c === 'number' ? { value: c, atLeast: false } : c;
	const vb = typeof v === 'number' ? { value: v, atLeast: false } : v;
	if (!cb || !vb || vb.value <= 0) return null;
	if (cb.atLeast && vb.atLeast) return null;
	const value = Math.round((cb.value / vb.value) * 1000) / 1000;
	return { value, kind: cb.atLeast ? 'atLeast' : vb.atLeast ? 'atMost' : 'exact' };
}

/** A size with no runs yet. */
export function emptySize(size: number): SizeResult {
	return {
		size,
		runs: [],
		filter: [],
		median: { causeway: mediansOf([]), vis: mediansOf([]), tl: mediansOf([]), filterMs: null },
		ratio: { vis: ratiosOf(null, null), tl: ratiosOf(null, null) }
	};
}

/** Causeway's medians against one anchor's. */
function ratiosOf(c: PageMedians | null, a: PageMedians | null): Ratios {
	return {
		firstFrame: c && a && ratioOf(c.firstFrameMs, a.firstFrameMs),
		heap: c && a && ratioOf(c.heapUsedMB, a.heapUsedMB),
		zoomP95: c && a && ratioOf(c.zoomP95Ms, a.zoomP95Ms),
		panP95: c && a && ratioOf(c.panP95Ms, a.panP95Ms)
	};
}

/** Fills in a size's medians and ratios from its runs. */
export function summariseSize(size: SizeResult): void {
	const of = (page: RunResult['page']) => mediansOf(size.runs.filter((r) => r.page === page));
	const c = of('causeway');
	const anchors = Object.fromEntries(ANCHORS.map((a) => [a, of(a)])) as Record<Anchor, PageMedians>;
	size.median = { causeway: c, ...anchors, filterMs: round(median(size.filter.map((f) => f.ms))) };
	size.ratio = { vis: ratiosOf(c, anchors.vis), tl: ratiosOf(c, anchors.tl) };
}

const phaseLine = (name: string, p: PhaseResult | null) =>
	p
		? `${name} ${p.mainThread?.p50Ms ?? '—'}/${p.mainThread?.p95Ms ?? '—'} ms${p.complete ? '' : ' (capped)'}`
		: `${name} —`;

/** One run in one log line. */
export function describeRun(r: RunResult): string {
	if (!r.drew) {
		return `no events drawn${r.timedOut ? ` (> ${r.capMs / 1000} s)` : ''}${
			r.notes.length ? `: ${r.notes.join('; ')}` : ''
		}${r.errors.length ? ` · errors: ${r.errors.join(' | ').slice(0, 300)}` : ''}`;
	}
	const heap = r.heapUsedBytes === null ? '—' : `${(r.heapUsedBytes / 1e6).toFixed(1)} MB`;
	const notes = r.notes.length ? ` · ${r.notes.join('; ')}` : '';
	return `first frame ${r.firstFrameMs} ms · ${r.drawnElements} marks · heap ${heap} · load long tasks ${r.load?.count ?? '—'} (max ${r.load?.maxMs ?? 0} ms) · ${phaseLine('zoom', r.zoom)} · ${phaseLine('pan', r.pan)} (main thread per frame, p50/p95) · longest task in interaction ${longestInteractionTask(r) ?? '—'} ms, long tasks ${r.interaction?.count ?? '—'} · ${(r.wallMs / 1000).toFixed(1)} s${notes}${r.errors.length ? ` · errors: ${r.errors.join(' | ').slice(0, 200)}` : ''}`;
}
