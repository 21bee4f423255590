import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchPaths, resolveFile, startServer } from './server.ts';

const root = resolve(import.meta.dirname, '..');
const paths = benchPaths(root);
const rel = (p: string) => {
	const f = resolveFile(paths, p);
	return f && f.slice(root.length + 1);
};

describe('resolveFile: the anchors’ pages', () => {
	it('serves the vis-timeline page and its build from node_modules', () => {
		expect(rel('/vis/vis.html')).toBe('bench/vis.html');
		expect(rel('/vis/vis-timeline-graph2d.min.js')).toBe(
			'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'
		);
	});

	it('serves the TimelineJS page, its dist/js and dist/css, and nothing else of it', () => {
		expect(rel('/tl/tl.html')).toBe('bench/tl.html');
		expect(rel('/tl/tl-page.js')).toBe('bench/tl-page.js');
		expect(rel('/tl/js/timeline.js')).toBe(
			'node_modules/@knight-lab/timelinejs/dist/js/timeline.js'
		);
		expect(rel('/tl/css/timeline.css')).toBe(
			'node_modules/@knight-lab/timelinejs/dist/css/timeline.css'
		);
		expect(rel('/tl/js/locale/en.json')).toBe(
			'node_modules/@knight-lab/timelinejs/dist/js/locale/en.json'
		);
		expect(rel('/tl/js/timeline.js.map')).toBeNull();
		expect(rel('/tl/run.ts')).toBeNull();
		expect(rel('/tl/js/../../package.json')).toBeNull();
		expect(rel('/tl/js/%2e%2e/%2e%2e/package.json')).toBeNull();
	});
});

describe('the server: what readers are served', () => {
	it('serves `?src=` pages their shells without the site’s dataset, as the preview server does', async () => {
		const build = mkdtempSync(join(tmpdir(), 'bench-build-'));
		mkdirSync(join(build, 'embed'));
		for (const page of ['index', 'remote', 'embed', 'embed/remote']) {
			writeFileSync(join(build, `${page}.html`), page);
		}
		const server = await startServer({ ...paths, build });
		try {
			const page = async (path: string) => (await fetch(`${server.origin}${path}`)).text();
			expect(await page('/embed?src=/bench-data/x.json')).toBe('embed/remote');
			expect(await page('/?src=/bench-data/x.json')).toBe('remote');
			expect(await page('/embed?view=2020-01-01/2021-01-01')).toBe('embed');
			expect(await page('/')).toBe('index');
		} finally {
			await server.close();
			rmSync(build, { recursive: true });
		}
	});
});
