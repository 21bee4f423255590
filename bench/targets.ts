/**
 * The targets RESULTS.md checks (see README.md "Targets"): each is pass, fail, or not decided
 * (data missing, or a bound that cannot settle it). Pure.
 */
import { dash, fmtMB, fmtMs, fmtRatio } from './format.ts';
import type { BenchResults, Ratio, SizeResult, Target } from './types.ts';

/**
 * rAF timestamps are vsync-aligned, so frame times are whole 60 Hz intervals (16.67, 33.33 ms…)
 * give or take a fraction of a millisecond. The limits 16.7 and 33 ms mean one and two intervals.
 */
const FRAME_JITTER_MS = 0.5;
const JITTER_NOTE = 'a whole number of 60 Hz frames, within 0.5 ms of vsync jitter';

/** Per size: first frame against vis-timeline's, and the p95 frame time (shown, and as vsync has it). */
const LIMITS = {
	10_000: { firstFrame: 0.2, frameMs: 16.7, vsyncMs: 16.7, frames: 'one 60 Hz frame' },
	50_000: { firstFrame: 0.1, frameMs: 33, vsyncMs: 33.3, frames: 'two 60 Hz frames' }
} as const;

/** Pass when the ratio is (at most) the limit; null when a bound cannot settle it. */
function ratioPass(r: Ratio | null, limit: number): boolean | null {
	if (!r) return null;
	if (r.kind === 'exact') return r.value <= limit;
	if (r.kind === 'atMost') return r.value <= limit ? true : null;
	return r.value > limit ? false : null;
}

/** First frame, zoom p95 and pan p95 for one size. */
function sizeTargets(s: SizeResult, limits: (typeof LIMITS)[keyof typeof LIMITS]): Target[] {
	const key = `${s.size / 1000}k`;
	const events = `${s.size.toLocaleString('en-GB')} events`;
	const c = s.median.causeway;
	const targets: Target[] = [
		{
			id: `${key}-first-frame`,
			description: `${events}: first frame with events, Causeway / vis-timeline`,
			measured: `${fmtMs(c.firstFrameMs)} / ${fmtMs(s.median.vis.firstFrameMs)} = ${fmtRatio(s.ratio.firstFrame)}`,
			limit: `≤ ${limits.firstFrame}×`,
			pass: ratioPass(s.ratio.firstFrame, limits.firstFrame),
			note: null
		}
	];
	const ceiling = limits.vsyncMs + FRAME_JITTER_MS;
	for (const [id, v] of [
		['zoom', c.zoomP95Ms],
		['pan', c.panP95Ms]
	] as const) {
		targets.push({
			id: `${key}-${id}-p95`,
			description: `${events}: ${id} frame time p95 (Causeway)`,
			measured: fmtMs(v),
			limit: `≤ ${limits.frameMs} ms (${limits.frames})`,
			pass: v === null ? null : v <= ceiling,
			note: v !== null && v > limits.frameMs && v <= ceiling ? JITTER_NOTE : null
		});
	}
	return targets;
}

export function evaluateTargets(results: BenchResults): Target[] {
	const targets: Target[] = [];
	const bytes = results.bytes.causeway;
	const embedOk = bytes !== null && bytes.status === 200 && !bytes.note;
	targets.push({
		id: 'embed-bytes',
		description: 'Embed page JS+CSS, gzip, without the dataset',
		measured: bytes ? `${(bytes.totalGzip / 1000).toFixed(1)} KB` : dash,
		limit: '≤ 60 KB',
		pass: embedOk ? bytes.totalGzip <= 60_000 : null,
		note: embedOk ? null : (bytes?.note ?? `${bytes?.url ?? 'embed'}: HTTP ${bytes?.status}`)
	});
	const size = (n: number) => results.sizes.find((s) => s.size === n);
	const s10 = size(10_000);
	if (s10) targets.push(...sizeTargets(s10, LIMITS[10_000]));
	const s50 = size(50_000);
	if (s50) {
		const c = s50.median.causeway;
		targets.push(...sizeTargets(s50, LIMITS[50_000]));
		targets.push({
			id: '50k-long-task',
			description: '50,000 events: longest task during zoom and pan (Causeway)',
			measured:
				c.interactionMaxLongTaskMs === null
					? dash
					: `${c.interactionMaxLongTaskMs} ms (worst run ${c.interactionMaxLongTaskMsWorst} ms)`,
			limit: '≤ 200 ms',
			pass: c.interactionMaxLongTaskMs === null ? null : c.interactionMaxLongTaskMs <= 200,
			note: null
		});
		targets.push({
			id: '50k-heap',
			description: '50,000 events: JS heap after load, Causeway / vis-timeline',
			measured: `${fmtMB(c.heapUsedMB)} / ${fmtMB(s50.median.vis.heapUsedMB)} = ${fmtRatio(s50.ratio.heap)}`,
			limit: '≤ 0.5×',
			pass: ratioPass(s50.ratio.heap, 0.5),
			note:
				s50.median.vis.heapUsedMB === null
					? 'no vis-timeline heap (no run drew events in time)'
					: null
		});
		const f = s50.median.filterMs;
		targets.push({
			id: '50k-filter',
			description: '50,000 events: filter by actor, click → filtered view drawn (Causeway)',
			measured: fmtMs(f),
			limit: '< 100 ms',
			pass: f === null ? null : f < 100,
			note: f === null ? (s50.filter.find((x) => x.note)?.note ?? null) : null
		});
	}
	return targets;
}
