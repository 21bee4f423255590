/**
 * `npm run bench`: Causeway against vis-timeline and TimelineJS on the same synthetic datasets,
 * in headless Chromium, in the same run, in rotation. See bench/README.md for what each number
 * means.
 *
 *   tsx bench/run.ts [--sizes 1000,10000,50000] [--runs 5] [--smoke] [--no-build]
 *                    [--causeway-path /embed] [--causeway-query controls=0] [--filter-path /]
 *                    [--event-selector '[data-event-id^="evt-"]'] [--only causeway|vis|tl]
 *                    [--seed N] [--load-cap SECONDS] [--budget-min 40] [--latency MS] [--screenshots]
 *                    [--out DIR] [--strict] [--size-gate | --size-ceiling]
 *
 * --smoke: 1,000 events, one run per page (Causeway and vis-timeline; TimelineJS's page weight
 * only), results in bench/out/ (exit code 1 only if no page ever drew events). Full runs write bench/results/. --strict: exit code 3 when a target is
 * missed. --size-gate: exit code 4 when the embed or /causeway.js is over its gzip target (or
 * could not be measured); --size-ceiling, CI's: the same against the ceilings that hold each file
 * until it meets its target. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../scripts/chromium.ts';
import { BenchBrowser, VIEWPORT } from './browser.ts';
import { elapsedMs, log } from './clock.ts';
import { checkBudgets, describeBudget, gateExitCode } from './budget.ts';
import { elementBytes, measureBytes } from './bytes.ts';
import { generateDataset } from './generate.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { renderMarkdown } from './report.ts';
import { resultFiles, writeResults } from './results-io.ts';
import { benchPaths, startServer, type BenchPaths } from './server.ts';
import { evaluateTargets } from './targets.ts';
import { pageUrls, Sweep } from './sweep.ts';
import type { BenchResults } from './types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PATHS: BenchPaths = benchPaths(ROOT);
const OPTIONS: BenchOptions = parseOptions(process.argv.slice(2), ROOT);
const rel = (file: string) => file.slice(ROOT.length + 1);

if (OPTIONS.help) {
	console.log(
		readFileSync(new URL(import.meta.url))
			.toString()
			.split('*/')[0]
	);
	process.exit(0);
}
if (OPTIONS.sizes.length === 0) {
	console.error('--sizes: no valid size');
	process.exit(2);
}

/** Builds (unless --no-build) and writes the datasets. */
function prepare() {
	if (OPTIONS.build) {
		log('npm run build');
		const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
	}
	if (!existsSync(join(PATHS.build, 'index.html'))) {
		throw new Error(`no production build in ${PATHS.build}: run without --no-build`);
	}
	mkdirSync(PATHS.out, { recursive: true });
	for (const n of OPTIONS.sizes) {
		const file = join(PATHS.out, `events-${n}.json`);
		writeFileSync(file, JSON.stringify(generateDataset(n, OPTIONS.seed)));
		log(`dataset ${n} events → ${rel(file)}`);
	}
}

const roundLoad = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);

async function main(): Promise<number> {
	const { sizes, runs, seed, smoke } = OPTIONS;
	const notes: string[] = [];
	if (OPTIONS.latencyMs > 0) {
		notes.push(
			`--latency ${OPTIONS.latencyMs}: every request of a measured page waited ${OPTIONS.latencyMs} ms (Chrome's network emulation)`
		);
	}
	log(
		`sizes ${sizes.join(', ')} · ${runs} run(s) each · seed ${seed}${smoke ? ' · smoke' : ''} · root ${ROOT}`
	);
	prepare();
	const server = await startServer(PATHS);
	log(`serving on ${server.origin}`);
	const loadStart = os.loadavg();
	const browser = await BenchBrowser.launch();
	const chromiumVersion = browser.version();
	log(`Chromium ${chromiumVersion} (${chromiumPath() ?? "Playwright's"})`);

	let causewayPath = OPTIONS.causewayPath;
	const probe = await fetch(server.origin + causewayPath).catch(() => null);
	if (!probe || probe.status === 404) {
		const note = `${causewayPath} is missing (HTTP ${probe?.status ?? 'error'}): measured Causeway on / instead`;
		notes.push(note);
		log(note);
		causewayPath = '/';
	}
	const urls = pageUrls(OPTIONS, server.origin, causewayPath);
	if (smoke && !OPTIONS.pages.includes('tl')) {
		notes.push(
			'smoke run: TimelineJS pages not run (its zoom alone takes minutes); its page weight is measured'
		);
	}

	const results: BenchResults = {
		meta: {
			date: new Date().toISOString(),
			command: `tsx bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
			smoke,
			sizes,
			runs,
			seed,
			...urls.meta,
			eventSelector: OPTIONS.selectors.causeway,
			machine: {
				nproc: os.availableParallelism(),
				cpu: os.cpus()[0]?.model ?? 'unknown',
				memoryGB: Math.round(os.totalmem() / 1e9),
				os: `${os.type()} ${os.release()}`,
				node: process.version,
				chromium: chromiumVersion,
				loadAverageStart: roundLoad(loadStart),
				loadAverageEnd: []
			},
			viewport: VIEWPORT,
			durationS: 0,
			notes
		},
		bytes: { causeway: null, vis: null, tl: null, element: null, ratio: null, ratioTl: null },
		sizes: [],
		targets: []
	};

	// Bytes: the embed page without a dataset, and the vis page (vis-timeline's JS and CSS).
	const embedPath = OPTIONS.causewayPath;
	const bytes = results.bytes;
	bytes.causeway = await measureBytes(
		browser,
		PATHS,
		server.origin,
		causewayPath === '/' ? '/' : embedPath
	);
	if (causewayPath !== embedPath) {
		bytes.causeway.note = `${embedPath} does not exist yet: these are the bytes of / (the full page)`;
	}
	bytes.vis = await measureBytes(browser, PATHS, server.origin, '/vis/vis.html');
	bytes.tl = await measureBytes(browser, PATHS, server.origin, '/tl/tl.html');
	bytes.element = elementBytes(PATHS);
	const ratio = (a: number, b: number) => (a && b ? Math.round((a / b) * 1000) / 1000 : null);
	bytes.ratio = ratio(bytes.causeway.totalGzip, bytes.vis.totalGzip);
	bytes.ratioTl = ratio(bytes.causeway.totalGzip, bytes.tl.totalGzip);
	const kb = (b: { totalGzip: number }) => `${(b.totalGzip / 1000).toFixed(1)} KB`;
	log(
		`bytes (gzip): Causeway embed ${kb(bytes.causeway)}, /causeway.js ${kb(bytes.element)}, vis-timeline ${kb(bytes.vis)}, TimelineJS ${kb(bytes.tl)}`
	);
	const budgets = checkBudgets(bytes);
	for (const c of budgets) log(describeBudget(c));

	const sweep = new Sweep(browser, OPTIONS, PATHS.out, urls, notes);
	for (const n of sizes) results.sizes.push(await sweep.size(n));

	await browser.close();
	await server.close();
	results.meta.machine.loadAverageEnd = roundLoad(os.loadavg());
	results.meta.durationS = Math.round(elapsedMs() / 1000);
	results.targets = evaluateTargets(results);

	const files = resultFiles(OPTIONS.outDir, smoke);
	await writeResults(results, files, renderMarkdown(results));
	log(`wrote ${rel(files.json)} and ${rel(files.md)}`);
	for (const t of results.targets) {
		const mark = t.pass === true ? 'PASS' : t.pass === false ? 'FAIL' : 'n/a ';
		log(`${mark}  ${t.description}: ${t.measured} (target ${t.limit})`);
	}

	for (const c of budgets) log(describeBudget(c));

	// The harness works if some page drew events; missed targets are not harness failures.
	const anyDrew = results.sizes.some((s) => s.runs.some((r) => r.drew));
	if (!anyDrew) {
		console.error('bench: no page drew any events: the harness is broken');
		return 1;
	}
	const gate = gateExitCode(budgets, OPTIONS.sizeGate);
	if (gate) {
		const flag = OPTIONS.sizeGate === 'target' ? '--size-gate' : '--size-ceiling';
		const bound = OPTIONS.sizeGate === 'target' ? 'target' : 'CI ceiling';
		console.error(`bench: ${flag}: a file is over its gzip ${bound} (see the lines above)`);
		return gate;
	}
	if (OPTIONS.strict && results.targets.some((t) => t.pass === false)) return 3;
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error('bench failed:', error);
		process.exit(1);
	}
);
