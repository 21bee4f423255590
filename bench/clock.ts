/**
 * Time for the benchmark: the log line's clock, sleeps, and bounded waits. A page under test may
 * be busy for minutes; nothing here waits on it without a limit.
 */

/** When this run started (the log's zero, and the time budget's). */
export const started = Date.now();

export const elapsedMs = () => Date.now() - started;

/** `[bench   12 s] msg` */
export const log = (msg: string) =>
	console.log(`[bench ${(elapsedMs() / 1000).toFixed(0).padStart(4)} s] ${msg}`);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const TIMEOUT = Symbol('timeout');

/** `p`, or TIMEOUT after `ms`. */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
	let timer: NodeJS.Timeout | undefined;
	return Promise.race([
		p,
		new Promise<typeof TIMEOUT>((r) => (timer = setTimeout(() => r(TIMEOUT), ms)))
	]).finally(() => clearTimeout(timer));
}

/** Like withTimeout, but errors (page closed, navigation) also come back as TIMEOUT. */
export async function tryFor<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
	try {
		return await withTimeout(p, ms);
	} catch {
		return TIMEOUT;
	}
}

/** `p`'s value, or null if it failed or took longer than `ms`. */
export async function valueWithin<T>(p: Promise<T>, ms: number): Promise<T | null> {
	const r = await tryFor(p, ms);
	return r === TIMEOUT ? null : r;
}

/** The note for an error the harness itself ran into. */
export const harnessNote = (error: unknown) =>
	`harness: ${error instanceof Error ? error.message : String(error)}`;
