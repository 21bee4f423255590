import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import { pureD3Curves } from './scripts/vite-pure-d3-curves.ts';
import { validateDatasets } from './scripts/vite-validate-datasets.ts';

export default defineConfig({
	plugins: [validateDatasets('data'), pureD3Curves(), sveltekit()],
	test: {
		expect: { requireAssertions: true },
		env: { TZ: 'UTC' },
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts']
	}
});
