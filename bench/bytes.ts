/**
 * Page weight: loads a page once and sums, gzipped at level 9 from the files in build/ (or
 * node_modules for vis-timeline and TimelineJS), every .js and .css our origin served it. The
 * HTML is listed apart and not counted. `elementBytes`: the web component's loader and the modules
 * it loads before it runs, the same way.
 */
import { readFileSync, statSync } from 'node:fs';
import type { BenchBrowser } from './browser.ts';
import { harnessNote, sleep, tryFor } from './clock.ts';
import { gzipSize, resolveFile, type BenchPaths } from './server.ts';
import type { BytesResult } from './types.ts';

/** A weight with nothing counted yet. */
const noBytes = (url: string, status: number | null): BytesResult => ({
	url,
	status,
	jsGzip: 0,
	cssGzip: 0,
	totalGzip: 0,
	htmlGzip: null,
	files: [],
	note: null
});

/** Lists one served file (`file` null when the build lacks it) and adds its gzip to the sums. */
function count(out: BytesResult, paths: BenchPaths, pathname: string, file: string | null) {
	const gzip = file ? gzipSize(file) : null;
	out.files.push({
		url: pathname,
		file: file ? file.slice(paths.root.length + 1) : null,
		bytes: file ? statSync(file).size : null,
		gzip
	});
	if (gzip === null) return;
	if (pathname.endsWith('.css')) out.cssGzip += gzip;
	else out.jsGzip += gzip;
	out.totalGzip = out.jsGzip + out.cssGzip;
}

export async function measureBytes(
	browser: BenchBrowser,
	paths: BenchPaths,
	origin: string,
	path: string
): Promise<BytesResult> {
	const out = noBytes(path, null);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const urls = new Set<string>();
		page.on('response', (r) => urls.add(r.url()));
		const response = await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
		out.status = response?.status() ?? null;
		await tryFor(page.waitForLoadState('networkidle'), 15_000);
		await sleep(500);
		for (const u of [...urls].sort()) {
			const url = new URL(u);
			if (url.origin !== origin) continue;
			const file = resolveFile(paths, url.pathname);
			if (url.pathname === new URL(origin + path).pathname) {
				if (file) out.htmlGzip = gzipSize(file);
				continue;
			}
			if (/\.(m?js|css)$/.test(url.pathname)) count(out, paths, url.pathname, file);
		}
	} catch (error) {
		out.note = harnessNote(error);
	} finally {
		await browser.dispose(context);
	}
	return out;
}

/** A Vite manifest's entries (build/_causeway/.vite/manifest.json), as far as this reads them. */
export type ViteManifest = Record<
	string,
	{ file: string; isEntry?: boolean; name?: string; imports?: string[]; css?: string[] }
>;

/**
 * The files a page fetches before an entry runs: the entry's own file, then every chunk it
 * imports statically, transitively (dynamic imports load on demand and are not counted). Pure.
 */
export function staticGraph(manifest: ViteManifest, entryName: string): string[] {
	const key = Object.keys(manifest).find(
		(k) => manifest[k].isEntry && manifest[k].name === entryName
	);
	if (!key) return [];
	const seen = new Set<string>();
	const files: string[] = [];
	const visit = (k: string) => {
		if (seen.has(k) || !manifest[k]) return;
		seen.add(k);
		files.push(manifest[k].file, ...(manifest[k].css ?? []));
		for (const i of manifest[k].imports ?? []) visit(i);
	};
	visit(key);
	return files;
}

/**
 * The web component's weight as a host page pays it, gzipped at level 9: the classic loader
 * `/causeway.js` plus the element's modules in build/_causeway/ that load before it runs and
 * the stylesheet it links (from the library build's manifest). Deterministic: no browser.
 */
export function elementBytes(paths: BenchPaths): BytesResult {
	const manifestFile = resolveFile(paths, '/_causeway/.vite/manifest.json');
	const manifest: ViteManifest = manifestFile ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
	// With one stylesheet for the whole build (cssCodeSplit off) no entry lists it: the element
	// links it in its shadow root before it shows, so it counts.
	const sheet = manifest['style.css']?.file;
	const modules = [...staticGraph(manifest, 'element'), ...(sheet ? [sheet] : [])].map(
		(f) => `/_causeway/${f}`
	);
	const out = noBytes('/causeway.js', 200);
	const missing: string[] = [];
	for (const pathname of ['/causeway.js', ...modules]) {
		const file = resolveFile(paths, pathname);
		if (file) count(out, paths, pathname, file);
		else missing.push(pathname);
	}
	if (modules.length === 0) missing.push('/_causeway/element.js (no manifest entry)');
	if (missing.length) {
		out.status = 404;
		out.note = `not in the build: ${missing.join(', ')}`;
	}
	return out;
}
