/**
 * Chrome tracing over CDP for one interaction phase, with as few categories as trace.ts needs:
 * `toplevel` (every task a thread runs), the DevTools frame events (`BeginMainThreadFrame`) and
 * `blink.user_timing` (the phase's own `performance.mark`s, which bound it). The full DevTools
 * set (`devtools.timeline`, with invalidation stacks) slows a DOM-heavy page down a lot.
 */
import type { CDPSession } from '@playwright/test';
import { TIMEOUT, tryFor } from './clock.ts';
import type { TraceEvent } from './trace.ts';

const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

export class PhaseTrace {
	readonly #events: TraceEvent[] = [];
	readonly #onData = (e: { value: object[] }) => {
		for (const event of e.value) this.#events.push(event as TraceEvent);
	};

	private constructor(readonly cdp: CDPSession) {}

	/** Starts tracing; null if Chromium would not (another trace running, session gone). */
	static async start(cdp: CDPSession): Promise<PhaseTrace | null> {
		const trace = new PhaseTrace(cdp);
		cdp.on('Tracing.dataCollected', trace.#onData);
		const started = await tryFor(
			cdp.send('Tracing.start', {
				traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
				transferMode: 'ReportEvents'
			}),
			10_000
		);
		if (started === TIMEOUT) {
			cdp.off('Tracing.dataCollected', trace.#onData);
			return null;
		}
		return trace;
	}

	/** Stops tracing and returns every event (empty if the trace did not complete in `ms`). */
	async stop(ms = 60_000): Promise<TraceEvent[]> {
		const complete = new Promise((ok) => this.cdp.once('Tracing.tracingComplete', ok));
		const ended = await tryFor(
			this.cdp.send('Tracing.end').then(() => complete),
			ms
		);
		this.cdp.off('Tracing.dataCollected', this.#onData);
		return ended === TIMEOUT ? [] : this.#events;
	}
}
