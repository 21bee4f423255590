/**
 * `npm run preview` (and `npm start` after the build): serves the static site in build/ the way
 * a production host should: clean URLs, correct types, CORS on the files other sites load
 * (datasets, /embed.js, /causeway.js, oEmbed), and the framing policy that a <meta> CSP cannot
 * carry: /embed may be framed by anyone, every other page only by this site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { shellFor } from './shells.ts';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};

/** The file for a URL path: exact, then `.html`, then `index.html`; null outside the root. */
function fileFor(pathname: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const base = normalize(join(root, path));
	if (base !== root && !base.startsWith(root + '/')) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/**
 * build/404.html for any unknown address. Its asset and link paths are relative to the root
 * ("./_app/…"), which at /events/x/y would point elsewhere: they are made root-absolute.
 */
function notFoundPage(): string | null {
	const file = fileFor('/404');
	if (!file) return null;
	return readFileSync(file, 'utf8').replace(/(\s(?:href|src)=")\.\//g, '$1/');
}

const shared = (pathname: string) =>
	/^\/(data\/|oembed\/|embed\.js$|causeway\.js$|_app\/|_causeway\/|embed\/[^/]+\.json$)/.test(
		pathname
	);

if (!existsSync(root)) {
	console.error(`No build in ${root}: run \`npm run build\` first.`);
	process.exit(1);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	// The not-found page itself is not a page: its address answers 404 like any unknown one.
	const file = /^\/404(\.html)?$/.test(url.pathname)
		? null
		: fileFor(shellFor(url) ?? url.pathname);
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin'
	};
	if (shared(url.pathname)) headers['access-control-allow-origin'] = '*';
	if (!file) {
		const notFound = notFoundPage();
		res.writeHead(404, {
			...headers,
			'content-type': notFound ? TYPES['.html'] : TYPES['.txt'],
			'content-security-policy': "frame-ancestors 'self'"
		});
		res.end(req.method === 'GET' ? (notFound ?? 'Not found') : undefined);
		return;
	}
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	if (type.startsWith('text/html')) {
		headers['content-security-policy'] = url.pathname.startsWith('/embed')
			? 'frame-ancestors *'
			: "frame-ancestors 'self'";
	}
	if (url.pathname.startsWith('/_app/immutable/')) {
		headers['cache-control'] = 'public, max-age=31536000, immutable';
	}
	res.writeHead(200, { ...headers, 'content-type': type });
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
	console.log(`Causeway is being served at http://${host}:${port}/  (Ctrl+C to stop)`);
});
