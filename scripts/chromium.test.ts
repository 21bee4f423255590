import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM, chromiumLaunchOptions, chromiumPath } from './chromium.ts';

const only =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('chromiumPath', () => {
	it('takes CHROMIUM_PATH first, even when Debian’s Chromium is installed', () => {
		const exists = only('/opt/chrome/chrome', DEBIAN_CHROMIUM);
		expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' }, exists)).toBe(
			'/opt/chrome/chrome'
		);
	});

	it('refuses a CHROMIUM_PATH that does not exist, naming it', () => {
		expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chrome' }, only(DEBIAN_CHROMIUM))).toThrow(
			'CHROMIUM_PATH=/nowhere/chrome does not exist'
		);
	});

	it('falls back to /usr/bin/chromium, then to Playwright’s own browser (undefined)', () => {
		expect(chromiumPath({}, only(DEBIAN_CHROMIUM))).toBe(DEBIAN_CHROMIUM);
		expect(chromiumPath({ CHROMIUM_PATH: '' }, only(DEBIAN_CHROMIUM))).toBe(DEBIAN_CHROMIUM);
		expect(chromiumPath({}, only())).toBeUndefined();
	});
});

describe('chromiumLaunchOptions', () => {
	it('lists the shared flags, then the extra ones, without changing the shared list', () => {
		const { args } = chromiumLaunchOptions(['--enable-precise-memory-info']);
		expect(args).toEqual([...CHROMIUM_ARGS, '--enable-precise-memory-info']);
		expect(args).toContain('--no-sandbox');
		expect(CHROMIUM_ARGS).not.toContain('--enable-precise-memory-info');
	});
});
