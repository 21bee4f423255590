/**
 * Renders `bench/results/results.json` as the readable `bench/results/RESULTS.md`.
 * `tsx bench/report.ts [results.json] [RESULTS.md]` re-evaluates the targets of an existing results
 * file (updating it) and re-renders the table.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dash, fmtKB, fmtMB, fmtMs, fmtRatio, formatDuration } from './format.ts';
import { readResults, RESULTS_DIR, resultFiles, writeResults } from './results-io.ts';
import { evaluateTargets } from './targets.ts';
import {
	PAGES,
	type BenchResults,
	type BytesResult,
	type PageMedians,
	type PageName,
	type SizeResult
} from './types.ts';

const simpleRatio = (c: number | null, v: number | null) =>
	c === null || v === null || v === 0 ? dash : `${Math.round((c / v) * 1000) / 1000}×`;
const verdict = (pass: boolean | null) =>
	pass === true ? '✅ pass' : pass === false ? '❌ fail' : '⚪ not decided';
/** Table cells must not contain a raw pipe or newline. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function bytesRow(name: string, b: BytesResult | null): string {
	if (!b) return `| ${name} | ${dash} | ${dash} | ${dash} | ${dash} | ${dash} |`;
	return `| ${name} (\`${b.url}\`) | ${fmtKB(b.jsGzip)} | ${fmtKB(b.cssGzip)} | **${fmtKB(b.totalGzip)}** | ${fmtKB(b.htmlGzip)} | ${b.files.length} |`;
}

function longTasks(count: number | null, max: number | null) {
	if (count === null) return dash;
	return count === 0 || max === null ? String(count) : `${count} (max ${formatDuration(max)})`;
}

const NAMES: Record<PageName, string> = {
	causeway: 'Causeway',
	vis: 'vis-timeline',
	tl: 'TimelineJS'
};

function drewLine(s: SizeResult): string {
	const parts = PAGES.map((p) => {
		const m = s.median[p];
		const capped = m.timedOut ? `, ${m.timedOut} stopped at the cap (> ${fmtCap(s, p)})` : '';
		return `${NAMES[p]} ${m.drew}/${m.runs}${capped}`;
	});
	return `Runs that drew events: ${parts.join('; ')}.`;
}

const fmtCap = (s: SizeResult, p: PageName) => {
	const r = s.runs.find((x) => x.page === p && x.timedOut);
	return r ? formatDuration(r.capMs) : dash;
};

function sizeSection(s: SizeResult, runs: number): string[] {
	const ms = s.median;
	/** One metric across the three pages, then Causeway / vis-timeline and / TimelineJS. */
	const row = (
		label: string,
		value: (m: PageMedians) => string,
		ratios: [string, string] = ['', '']
	) => `| ${label} | ${PAGES.map((p) => value(ms[p])).join(' | ')} | ${ratios.join(' | ')} |`;
	const { vis: rv, tl: rt } = s.ratio;
	const simple = (f: (m: PageMedians) => number | null): [string, string] => [
		simpleRatio(f(ms.causeway), f(ms.vis)),
		simpleRatio(f(ms.causeway), f(ms.tl))
	];
	const lines = [
		`### ${s.size.toLocaleString('en-GB')} events`,
		'',
		`Medians of up to ${runs} run(s) per page. ${drewLine(s)}`,
		'',
		'| Metric | Causeway | vis-timeline | TimelineJS | Causeway / vis | Causeway / TimelineJS |',
		'|---|---:|---:|---:|---:|---:|',
		row('First frame with events drawn', (m) => fmtMs(m.firstFrameMs), [
			fmtRatio(rv.firstFrame),
			fmtRatio(rt.firstFrame)
		]),
		row('JS heap after load (after GC)', (m) => fmtMB(m.heapUsedMB), [
			fmtRatio(rv.heap),
			fmtRatio(rt.heap)
		]),
		row('Long tasks during load (count, longest)', (m) =>
			longTasks(m.loadLongTasks, m.loadMaxLongTaskMs)
		),
		row(
			'Zoom: main-thread work per frame, p50',
			(m) => fmtMs(m.zoomP50Ms),
			simple((m) => m.zoomP50Ms)
		),
		row('Zoom: main-thread work per frame, p95', (m) => fmtMs(m.zoomP95Ms), [
			fmtRatio(rv.zoomP95),
			fmtRatio(rt.zoomP95)
		]),
		row(
			'Pan: main-thread work per frame, p50',
			(m) => fmtMs(m.panP50Ms),
			simple((m) => m.panP50Ms)
		),
		row('Pan: main-thread work per frame, p95', (m) => fmtMs(m.panP95Ms), [
			fmtRatio(rv.panP95),
			fmtRatio(rt.panP95)
		]),
		row(
			'Longest main-thread task during zoom and pan',
			(m) => fmtMs(m.interactionMaxLongTaskMs),
			simple((m) => m.interactionMaxLongTaskMs)
		),
		row('Long tasks (> 50 ms) during zoom and pan', (m) =>
			m.interactionLongTasks === null ? dash : String(m.interactionLongTasks)
		),
		`| Filter by actor: click → filtered view drawn | ${fmtMs(s.median.filterMs)} | n/a | n/a | | |`,
		''
	];
	const notes: string[] = [];
	for (const p of PAGES) {
		const m = ms[p];
		if (m.zoomComplete === false || m.panComplete === false) {
			notes.push(
				`${NAMES[p]}: some zoom or pan phases hit their time cap (the page could not keep up); their figures cover the steps it did take.`
			);
		}
	}
	for (const r of s.runs) {
		for (const n of r.notes) notes.push(`${NAMES[r.page]} run ${r.run}: ${n}`);
		if (r.errors.length) {
			notes.push(`${NAMES[r.page]} run ${r.run}: errors: ${r.errors.join(' | ')}`);
		}
	}
	for (const f of s.filter) if (f.note) notes.push(`filter run ${f.run}: ${f.note}`);
	if (notes.length) {
		lines.push('Notes:', '');
		for (const n of [...new Set(notes)]) lines.push(`- ${n.slice(0, 400)}`);
		lines.push('');
	}
	return lines;
}

export function renderMarkdown(r: BenchResults): string {
	const m = r.meta.machine;
	const lines = [
		'# Causeway vs vis-timeline and TimelineJS: benchmark results',
		'',
		`Generated by \`npm run bench\` (bench/run.ts); how each number is measured: [README.md](../README.md).`,
		'',
		`- Date: ${r.meta.date}`,
		`- Command: \`${r.meta.command}\``,
		`- Machine: ${m.nproc} CPU(s), ${m.cpu}, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (headless)`,
		`- Load average at start / end: ${m.loadAverageStart.join(' ')} / ${m.loadAverageEnd.join(' ')}`,
		`- Viewport ${r.meta.viewport.width}×${r.meta.viewport.height}; sizes ${r.meta.sizes.join(', ')}; ${r.meta.runs} run(s) per page per size, in rotation; dataset seed ${r.meta.seed}; took ${Math.round(r.meta.durationS / 60)} min`,
		`- Causeway: \`${r.meta.causewayUrl}\` (events found by \`${r.meta.eventSelector}\`); filter: \`${r.meta.filterUrl}\`; vis-timeline 8.5.4: \`${r.meta.visUrl}\`; TimelineJS 3.9.11: \`${r.meta.tlUrl ?? dash}\``,
		'- Frame figures are main-thread work per frame from a Chrome trace (sum of the main thread’s task time from one frame’s start to the next), not `requestAnimationFrame` intervals.',
		''
	];
	if (r.meta.smoke) {
		lines.push('> Smoke run (CI): one run per page, 1,000 events. Not a measurement to quote.', '');
	}
	if (r.meta.notes.length) {
		lines.push('Notes:', '');
		for (const n of r.meta.notes) lines.push(`- ${n}`);
		lines.push('');
	}
	if (r.targets.length) {
		lines.push('## Targets', '', '| Target | Measured | Limit | Result |', '|---|---|---|---|');
		for (const t of r.targets) {
			lines.push(
				`| ${cell(t.description)} | ${cell(t.measured)} | ${cell(t.limit)} | ${verdict(t.pass)}${t.note ? ` (${cell(t.note)})` : ''} |`
			);
		}
		lines.push('');
	}
	lines.push(
		'## Page weight (gzip level 9, without the dataset)',
		'',
		'| Page | JS | CSS | JS + CSS | HTML (not counted) | Files |',
		'|---|---:|---:|---:|---:|---:|',
		bytesRow('Causeway embed', r.bytes.causeway),
		bytesRow('Causeway web component', r.bytes.element ?? null),
		bytesRow('vis-timeline page', r.bytes.vis),
		bytesRow('TimelineJS page', r.bytes.tl ?? null),
		'',
		`Causeway embed / vis-timeline (JS + CSS): ${r.bytes.ratio === null ? dash : `${r.bytes.ratio}×`}; ` +
			`Causeway embed / TimelineJS: ${r.bytes.ratioTl == null ? dash : `${r.bytes.ratioTl}×`}` +
			(r.bytes.causeway?.note ? `. Note: ${r.bytes.causeway.note}` : ''),
		'',
		'## By dataset size',
		''
	);
	for (const s of r.sizes) lines.push(...sizeSection(s, r.meta.runs));
	return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const defaults = resultFiles(resolve(import.meta.dirname, '..', RESULTS_DIR), false);
	const files = { json: process.argv[2] ?? defaults.json, md: process.argv[3] ?? defaults.md };
	const results = readResults(files.json);
	results.targets = evaluateTargets(results);
	await writeResults(results, files, renderMarkdown(results));
	console.log(`re-evaluated the targets in ${files.json}; wrote ${files.md}`);
}
