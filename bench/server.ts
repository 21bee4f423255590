/**
 * A minimal static HTTP server for the benchmark (node:http, no dependencies), on 127.0.0.1 and
 * a free port. Routes:
 *   /bench-data/<file>.json → bench/out/<file>.json (generated datasets)
 *   /vis/<file>             → bench/<file> (the vis-timeline page) and, for the two names below,
 *                             vis-timeline's standalone UMD build and CSS from node_modules
 *   /tl/tl.html, /tl/tl-page.js → bench/<file> (the TimelineJS page); /tl/js/…, /tl/css/… →
 *                             TimelineJS's dist/js and dist/css from node_modules (its build,
 *                             locale files and icon font)
 *   everything else         → the production build (SvelteKit adapter-static output in build/):
 *                             exact file, else `<path>.html`, else `<path>/index.html`;
 *                             `/?src=` and `/embed?src=` their shells, as the preview server does
 *                             (scripts/shells.ts)
 * Responses are uncompressed and uncached (each run is a fresh browser context anyway); gzip sizes
 * are computed separately from the files (see `gzipSize`).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shellFor } from '../scripts/shells.ts';
import { gzipSync } from 'node:zlib';

export const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.map': 'application/json; charset=utf-8'
};

export interface BenchPaths {
	/** The repository root (holds build/, node_modules/, bench/). */
	root: string;
	build: string;
	out: string;
	bench: string;
	visJs: string;
	visCss: string;
	/** TimelineJS's dist/ folder (js/timeline.js, css/timeline.css, locales, icons). */
	tlDist: string;
}

export function benchPaths(root: string): BenchPaths {
	const bench = join(root, 'bench');
	const vis = join(root, 'node_modules', 'vis-timeline');
	return {
		root,
		build: join(root, 'build'),
		out: join(bench, 'out'),
		bench,
		visJs: join(vis, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
		visCss: join(vis, 'styles', 'vis-timeline-graph2d.min.css'),
		tlDist: join(root, 'node_modules', '@knight-lab', 'timelinejs', 'dist')
	};
}

/** The vis-timeline files as the vis page requests them. */
export const VIS_FILES = {
	js: 'vis-timeline-graph2d.min.js',
	css: 'vis-timeline-graph2d.min.css'
} as const;

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/** `path` (URL-decoded, starting with '/') inside `dir`, or null if it would escape it. */
function inside(dir: string, path: string): string | null {
	const full = resolve(dir, '.' + normalize(path));
	return full === dir || full.startsWith(dir + sep) ? full : null;
}

/** Maps a URL path to a file on disk, or null (404). */
export function resolveFile(paths: BenchPaths, pathname: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (path.includes('\0')) return null;
	if (path.startsWith('/bench-data/')) {
		const f = inside(paths.out, path.slice('/bench-data'.length));
		return f && f.endsWith('.json') && isFile(f) ? f : null;
	}
	if (path.startsWith('/vis/')) {
		const name = path.slice('/vis/'.length);
		if (name === VIS_FILES.js) return paths.visJs;
		if (name === VIS_FILES.css) return paths.visCss;
		if (!/^vis[\w.-]*\.(html|js)$/.test(name)) return null;
		const f = join(paths.bench, name);
		return isFile(f) ? f : null;
	}
	if (path.startsWith('/tl/')) {
		const name = path.slice('/tl/'.length);
		if (name === 'tl.html' || name === 'tl-page.js') return join(paths.bench, name);
		if (!/^(js|css)\//.test(name) || name.endsWith('.map')) return null;
		const f = inside(paths.tlDist, '/' + name);
		return f && isFile(f) ? f : null;
	}
	const base = inside(paths.build, path);
	if (!base) return null;
	for (const candidate of [base, base.replace(/\/$/, '') + '.html', join(base, 'index.html')]) {
		if (isFile(candidate)) return candidate;
	}
	return null;
}

export interface RunningServer {
	server: Server;
	origin: string;
	close(): Promise<void>;
}

export async function startServer(paths: BenchPaths, port = 0): Promise<RunningServer> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const file =
			req.method === 'GET' || req.method === 'HEAD'
				? resolveFile(paths, shellFor(url) ?? url.pathname)
				: null;
		if (!file) {
			res.writeHead(404, {
				'content-type': 'text/plain; charset=utf-8',
				'cache-control': 'no-store'
			});
			res.end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-store'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	server.keepAliveTimeout = 1000;
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok());
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		server,
		origin: `http://127.0.0.1:${actual}`,
		close: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}

/** Bytes of `file` gzipped at level 9, as a CDN would serve it. */
export function gzipSize(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

// `tsx bench/server.ts [port]`: serve by hand for debugging.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const root = resolve(import.meta.dirname, '..');
	const s = await startServer(benchPaths(root), Number(process.argv[2] ?? 0));
	console.log(`serving ${root}/build at ${s.origin}`);
}
