import { describe, expect, it } from 'vitest';
import { preloadFiles, withPreloads, type ChunkInfo } from './vite-embed-preload.ts';

const chunk = (fileName: string, rest: Partial<ChunkInfo> = {}): ChunkInfo => ({
	type: 'chunk',
	fileName,
	...rest
});
const bundle: Record<string, ChunkInfo> = {
	'embed.js': chunk('embed.js', { imports: ['helper.js'], dynamicImports: ['start.js'] }),
	'helper.js': chunk('helper.js'),
	'start.js': chunk('start.js', { imports: ['shared.js'], dynamicImports: ['details.js'] }),
	'shared.js': chunk('shared.js', { imports: ['helper.js'], dynamicImports: ['reader.js'] }),
	'details.js': chunk('details.js', { imports: ['shared.js'] }),
	'reader.js': chunk('reader.js', {
		imports: ['shared.js'],
		facadeModuleId: '/p/src/io/remote.ts'
	}),
	'causeway.css': { type: 'asset', fileName: 'causeway.css' }
};

describe('preloadFiles', () => {
	it('lists what the entry imports and starts at once, and their imports, once each', () => {
		expect(preloadFiles(bundle, 'embed.js')).toEqual(['helper.js', 'start.js', 'shared.js']);
	});

	it('leaves out the parts loaded later (details) unless a page asks for them by module', () => {
		expect(preloadFiles(bundle, 'embed.js', ['/src/io/remote.ts'])).toEqual([
			'helper.js',
			'start.js',
			'shared.js',
			'reader.js'
		]);
	});

	it('fails the build when the entry or a named module is not in the bundle', () => {
		expect(() => preloadFiles(bundle, 'nope.js')).toThrow(/no chunk nope\.js/);
		expect(() => preloadFiles(bundle, 'embed.js', ['/src/gone.ts'])).toThrow(/src\/gone\.ts/);
	});
});

describe('withPreloads', () => {
	const page = `<head>\n\t\t<script type="module" src="../_causeway/embed.js"></script><title>T</title></head>`;

	it('adds the links after the script, with its relative base', () => {
		const html = withPreloads(page, ['start.js', 'shared.js']);
		expect(html).toContain(
			'embed.js"></script>\n\t\t<link rel="modulepreload" href="../_causeway/start.js" data-causeway-preload />'
		);
		expect(html).toContain('href="../_causeway/shared.js"');
		expect(html).toContain('<title>T</title>');
	});

	it('replaces its own links when run again, rather than adding more', () => {
		const twice = withPreloads(withPreloads(page, ['old.js']), ['start.js']);
		expect(twice).not.toContain('old.js');
		expect(twice.match(/modulepreload/g)).toHaveLength(1);
	});

	it('fails on a page without the script, naming it', () => {
		expect(() => withPreloads('<head></head>', ['a.js'], 'build/embed.html')).toThrow(
			/build\/embed\.html has no _causeway module script/
		);
	});
});
