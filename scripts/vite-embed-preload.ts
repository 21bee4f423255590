/**
 * A Vite plugin for the library build: the prerendered embed pages ask for every module their
 * script needs as they are parsed (`<link rel="modulepreload">` after the script tag), so the
 * browser does not find them one import at a time (embed.js, then the app, then its chunks).
 * Hashed names are known only once the library is bundled, after the site has prerendered the
 * pages: it writes the links into those pages then. A page can preload more (`also`, by source
 * module): the `src=` shell asks for the reader and the canvas marks that such a page loads.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** What is read of a bundle's chunks. */
export interface ChunkInfo {
	type: 'chunk' | 'asset';
	fileName: string;
	facadeModuleId?: string | null;
	imports?: string[];
	dynamicImports?: string[];
}

const SCRIPT = /<script type="module" src="([^"]*)_causeway\/([^"]+)"><\/script>/;
const OURS = /\s*<link rel="modulepreload" href="[^"]*" data-causeway-preload\s*\/?>/g;

/**
 * The files to preload for `entry`: its static imports, what it imports at once when it runs
 * (its dynamic imports), the chunks of the modules in `also`, and all their static imports, in
 * that order, without the entry itself.
 */
export function preloadFiles(
	bundle: Record<string, ChunkInfo>,
	entry: string,
	also: readonly string[] = []
): string[] {
	const chunk = bundle[entry];
	if (chunk?.type !== 'chunk') throw new Error(`embed preload: no chunk ${entry} in the bundle`);
	const extra = also.map((suffix) => {
		const found = Object.values(bundle).find(
			(c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(suffix)
		);
		if (!found) throw new Error(`embed preload: no chunk for ${suffix} in the bundle`);
		return found.fileName;
	});
	const out: string[] = [];
	const add = (file: string) => {
		if (file === entry || out.includes(file)) return;
		out.push(file);
		for (const dep of bundle[file]?.imports ?? []) add(dep);
	};
	for (const dep of chunk.imports ?? []) add(dep);
	for (const dep of [...(chunk.dynamicImports ?? []), ...extra]) add(dep);
	return out;
}

/** `html` with links preloading `files` after its `_causeway/` module script (replacing ours). */
export function withPreloads(html: string, files: readonly string[], page = 'the page'): string {
	const cleaned = html.replace(OURS, '');
	const script = SCRIPT.exec(cleaned);
	if (!script) throw new Error(`embed preload: ${page} has no _causeway module script`);
	const links = files.map(
		(f) => `<link rel="modulepreload" href="${script[1]}_causeway/${f}" data-causeway-preload />`
	);
	const at = script.index + script[0].length;
	return cleaned.slice(0, at) + links.map((l) => `\n\t\t${l}`).join('') + cleaned.slice(at);
}

/**
 * Preloads `entry`'s modules in each prerendered page of `pages` (relative to `siteDir`), and in
 * some the chunks of the source modules listed for it.
 */
export function embedPreload(opts: {
	siteDir: string;
	entry: string;
	pages: Record<string, readonly string[]>;
}): Plugin {
	return {
		name: 'causeway:embed-preload',
		apply: 'build',
		writeBundle(_, bundle) {
			for (const [page, also] of Object.entries(opts.pages)) {
				const file = join(opts.siteDir, page);
				if (!existsSync(file)) {
					this.warn(`embed preload: ${file} is missing (build the site first: npm run build)`);
					continue;
				}
				const files = preloadFiles(bundle as Record<string, ChunkInfo>, opts.entry, also);
				writeFileSync(file, withPreloads(readFileSync(file, 'utf8'), files, file));
			}
		}
	};
}
