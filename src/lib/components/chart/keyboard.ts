/**
 * The chart's keyboard controller: turns key presses into timeline actions through the one key
 * map (model/keys.ts). It knows no DOM beyond the event's target; the chart supplies what each
 * action does through a {@link ChartKeyTarget}.
 */
import { alignWindow, type TimeWindow } from '$lib/layout/scale';
import { keyAction, type KeyAction, type KeyPress } from '$lib/model/keys';

/** Zoom factor of one + or − press. */
export const KEY_ZOOM = 1.5;
/** Pan of one arrow press (fraction of the window) and of Page Up / Page Down. */
export const KEY_PAN = 0.1;
export const KEY_PAGE = 0.5;

export interface ChartKeyTarget {
	/** The event whose mark has focus (the key's target), else the selected one; null for none. */
	eventAt(target: EventTarget | null): string | null;
	zoom(factor: number): void;
	fit(): void;
	pan(fraction: number): void;
	step(direction: 1 | -1): void;
	jump(which: 'first' | 'last'): void;
	follow(direction: 'up' | 'down', from: string): void;
}

type Handler = (c: ChartKeyTarget, target: EventTarget | null) => void;

const browseOrPan =
	(direction: 1 | -1): Handler =>
	(c, t) => {
		if (c.eventAt(t) !== null) c.step(direction);
		else c.pan(direction * KEY_PAN);
	};

const follow =
	(direction: 'up' | 'down'): Handler =>
	(c, t) => {
		const from = c.eventAt(t);
		if (from !== null) c.follow(direction, from);
	};

/** What each chart action does. Every non-native chart binding of the key map has one. */
export const CHART_KEY_HANDLERS: Partial<Record<KeyAction, Handler>> = {
	previous: browseOrPan(-1),
	next: browseOrPan(1),
	'follow-causes': follow('up'),
	'follow-effects': follow('down'),
	'pan-left': (c) => c.pan(-KEY_PAN),
	'pan-right': (c) => c.pan(KEY_PAN),
	'page-left': (c) => c.pan(-KEY_PAGE),
	'page-right': (c) => c.pan(KEY_PAGE),
	first: (c) => c.jump('first'),
	last: (c) => c.jump('last'),
	'zoom-in': (c) => c.zoom(KEY_ZOOM),
	'zoom-out': (c) => c.zoom(1 / KEY_ZOOM),
	fit: (c) => c.fit()
};

/**
 * Handles a key pressed inside the chart. Returns true when it acted (the caller then prevents
 * the browser's default, e.g. scrolling on arrows).
 */
export function handleChartKey(
	c: ChartKeyTarget,
	e: KeyPress & { target: EventTarget | null }
): boolean {
	const action = keyAction('chart', e);
	const handler = action ? CHART_KEY_HANDLERS[action] : undefined;
	if (!handler) return false;
	handler(c, e.target);
	return true;
}

/** What the overview strip's keys move: the camera. */
export interface OverviewKeyTarget {
	readonly window: TimeWindow;
	readonly bounds: TimeWindow;
	pan(fraction: number): void;
	zoom(factor: number): void;
	setWindow(w: TimeWindow): void;
}

/** Zoom factor of one ↑ press on the overview (↓ undoes it). */
export const OVERVIEW_ZOOM = 1.25;

type OverviewHandler = (o: OverviewKeyTarget) => void;

/** What each overview action does. Every overview binding of the key map has one. */
export const OVERVIEW_KEY_HANDLERS: Partial<Record<KeyAction, OverviewHandler>> = {
	'pan-left': (o) => o.pan(-KEY_PAN),
	'pan-right': (o) => o.pan(KEY_PAN),
	'page-left': (o) => o.pan(-KEY_PAGE),
	'page-right': (o) => o.pan(KEY_PAGE),
	'zoom-in': (o) => o.zoom(OVERVIEW_ZOOM),
	'zoom-out': (o) => o.zoom(1 / OVERVIEW_ZOOM),
	first: (o) => o.setWindow(alignWindow(o.window, o.bounds, 'start')),
	last: (o) => o.setWindow(alignWindow(o.window, o.bounds, 'end'))
};

/** Handles a key pressed on the overview's brush; true when it acted. */
export function handleOverviewKey(o: OverviewKeyTarget, e: KeyPress): boolean {
	const action = keyAction('overview', e);
	const handler = action ? OVERVIEW_KEY_HANDLERS[action] : undefined;
	if (!handler) return false;
	handler(o);
	return true;
}
