/**
 * The benchmark's Chromium: one headless browser, a fresh context per measured page, and a
 * restart when a context will not close (its page stuck in a minutes-long task).
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { log, TIMEOUT, tryFor } from './clock.ts';

/** Every page is measured at this size. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Beside the shared flags: `performance.memory` with full precision, and no host but the bench
 * server resolves, so that no page under test (TimelineJS's embeds, fonts and analytics in
 * particular) can reach a third party: such a request fails at once, and the page logs it.
 */
const EXTRA_ARGS = [
	'--enable-precise-memory-info',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];

const launchChromium = () =>
	chromium.launch({ ...chromiumLaunchOptions(EXTRA_ARGS), headless: true });

export class BenchBrowser {
	#browser: Browser;

	private constructor(browser: Browser) {
		this.#browser = browser;
	}

	static async launch(): Promise<BenchBrowser> {
		return new BenchBrowser(await launchChromium());
	}

	version(): string {
		return this.#browser.version();
	}

	async newContext(): Promise<BrowserContext> {
		const context = await this.#browser.newContext({
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			timezoneId: 'UTC',
			locale: 'en-GB'
		});
		// tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`; the functions the
		// bench sends to the page carry those calls, so the page needs a no-op `__name`.
		await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
		return context;
	}

	/** Closes a context even if its page is stuck in a minutes-long task; relaunches if needed. */
	async dispose(context: BrowserContext): Promise<void> {
		if ((await tryFor(context.close(), 20_000)) === TIMEOUT) {
			log('  context did not close in 20 s: restarting Chromium');
			await tryFor(this.#browser.close(), 20_000);
			this.#browser = await launchChromium();
		}
	}

	async close(): Promise<void> {
		await tryFor(this.#browser.close(), 30_000);
	}
}
