import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { noPreloadHelper, PLAIN_PRELOAD, PRELOAD_HELPER_ID } from './vite-no-preload-helper.ts';

type Hook = (...args: unknown[]) => unknown;
const plugin = noPreloadHelper();
const call = (name: 'resolveId' | 'load' | 'configResolved', ...args: unknown[]) =>
	(plugin[name] as Hook).call({}, ...args);
const config = (build: Partial<ResolvedConfig['build']>) => ({ build }) as ResolvedConfig;

describe('noPreloadHelper', () => {
	it("serves Vite's preload helper as a plain call of the import, and nothing else", async () => {
		expect(call('resolveId', PRELOAD_HELPER_ID)).toBe(PRELOAD_HELPER_ID);
		expect(call('load', PRELOAD_HELPER_ID)).toBe(PLAIN_PRELOAD);
		expect(call('resolveId', './paths.ts')).toBeNull();
		expect(call('load', '/src/lib/io/remote.ts')).toBeNull();
		const url = `data:text/javascript,${encodeURIComponent(PLAIN_PRELOAD)}`;
		const { __vitePreload } = await import(/* @vite-ignore */ url);
		await expect(__vitePreload(async () => 'module', [], 'base')).resolves.toBe('module');
	});

	it('refuses a build that preloads modules or splits its stylesheets', () => {
		expect(() =>
			call('configResolved', config({ modulePreload: false, cssCodeSplit: false }))
		).not.toThrow();
		expect(() =>
			call('configResolved', config({ modulePreload: { polyfill: false }, cssCodeSplit: false }))
		).toThrow(/modulePreload: false/);
		expect(() =>
			call('configResolved', config({ modulePreload: false, cssCodeSplit: true }))
		).toThrow(/cssCodeSplit: false/);
	});
});
