/**
 * The one Chromium lookup, shared by playwright.config.ts, scripts/screenshots.ts and the
 * benchmark: `$CHROMIUM_PATH` if set (it must exist), else Debian's /usr/bin/chromium, else
 * undefined, which makes Playwright use its own browser (`npx playwright install chromium`).
 * A plain module with no Playwright import, so that Playwright's config can load it.
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Launch flags for headless runs in containers and CI (no sandbox, no GPU, no background traffic). */
export const CHROMIUM_ARGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** The Chromium executable to launch, or undefined for Playwright's own. */
export function chromiumPath(
	env: Readonly<Record<string, string | undefined>> = process.env,
	exists: (path: string) => boolean = existsSync
): string | undefined {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Playwright launch options: the executable above and CHROMIUM_ARGS, plus any `extraArgs`. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): {
	executablePath: string | undefined;
	args: string[];
} {
	return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] };
}
