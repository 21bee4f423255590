import { describe, expect, it } from 'vitest';
import { staticGraph, type ViteManifest } from './bytes.ts';

const manifest: ViteManifest = {
	'src/element/index.ts': {
		file: 'element.js',
		name: 'element',
		isEntry: true,
		imports: ['_core.js', '_shared.js']
	},
	'src/embed/index.ts': { file: 'embed.js', name: 'embed', isEntry: true, imports: ['_core.js'] },
	'_core.js': { file: 'core-a1.js', imports: ['_shared.js'], css: ['core-a1.css'] },
	'_shared.js': { file: 'shared-b2.js' },
	'src/Panel.svelte': { file: 'Panel-c3.js', imports: ['_core.js'] }
};

describe('staticGraph', () => {
	it('counts an entry and what it imports statically, each once, not what loads on demand', () => {
		expect(staticGraph(manifest, 'element')).toEqual([
			'element.js',
			'core-a1.js',
			'core-a1.css',
			'shared-b2.js'
		]);
		expect(staticGraph(manifest, 'embed')).toEqual([
			'embed.js',
			'core-a1.js',
			'core-a1.css',
			'shared-b2.js'
		]);
	});

	it('finds nothing for an entry the build does not have', () => {
		expect(staticGraph(manifest, 'missing')).toEqual([]);
	});
});
