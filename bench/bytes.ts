/**
 * Page weight: loads a page once and sums, gzipped at level 9 from the files in build/ (or
 * node_modules for vis-timeline and TimelineJS), every .js and .css our origin served it. The
 * HTML is listed apart and not counted. `fileBytes`: one file the same way (the web component).
 */
import { statSync } from 'node:fs';
import type { BenchBrowser } from './browser.ts';
import { harnessNote, sleep, tryFor } from './clock.ts';
import { gzipSize, resolveFile, type BenchPaths } from './server.ts';
import type { BytesResult } from './types.ts';

export async function measureBytes(
	browser: BenchBrowser,
	paths: BenchPaths,
	origin: string,
	path: string
): Promise<BytesResult> {
	const out: BytesResult = {
		url: path,
		status: null,
		jsGzip: 0,
		cssGzip: 0,
		totalGzip: 0,
		htmlGzip: null,
		files: [],
		note: null
	};
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
			if (!/\.(m?js|css)$/.test(url.pathname)) continue;
			const gzip = file ? gzipSize(file) : null;
			out.files.push({
				url: url.pathname,
				file: file ? file.slice(paths.root.length + 1) : null,
				bytes: file ? statSync(file).size : null,
				gzip
			});
			if (gzip !== null) {
				if (url.pathname.endsWith('.css')) out.cssGzip += gzip;
				else out.jsGzip += gzip;
			}
		}
		out.totalGzip = out.jsGzip + out.cssGzip;
	} catch (error) {
		out.note = harnessNote(error);
	} finally {
		await browser.dispose(context);
	}
	return out;
}

/** One served file (`/causeway.js`), gzipped at level 9: its weight as a page's only script. */
export function fileBytes(paths: BenchPaths, pathname: string): BytesResult {
	const file = resolveFile(paths, pathname);
	const gzip = file ? gzipSize(file) : 0;
	const isCss = pathname.endsWith('.css');
	return {
		url: pathname,
		status: file ? 200 : 404,
		jsGzip: isCss ? 0 : gzip,
		cssGzip: isCss ? gzip : 0,
		totalGzip: gzip,
		htmlGzip: null,
		files: file
			? [
					{
						url: pathname,
						file: file.slice(paths.root.length + 1),
						bytes: statSync(file).size,
						gzip
					}
				]
			: [],
		note: file ? null : `${pathname} is not in the build`
	};
}
