/**
 * The key map: every key the timeline answers, in one table that the chart's keyboard controller,
 * the overview strip and the keyboard help dialog all read, so the help can never miss a key.
 * Pure data and a matcher; no DOM.
 */

/** Where a key applies: anywhere on the page, in the chart (marks included), or on the overview. */
export type KeyContext = 'page' | 'chart' | 'overview';

export type KeyAction =
	| 'tab'
	| 'help'
	| 'close'
	| 'select'
	| 'previous'
	| 'next'
	| 'follow-causes'
	| 'follow-effects'
	| 'pan-left'
	| 'pan-right'
	| 'page-left'
	| 'page-right'
	| 'first'
	| 'last'
	| 'zoom-in'
	| 'zoom-out'
	| 'fit';

export interface KeyBinding {
	context: KeyContext;
	action: KeyAction;
	/** `KeyboardEvent.key` values. */
	keys: readonly string[];
	/** true: Shift must be held; false: must not; undefined: either (e.g. "+" needs Shift on some layouts). */
	shift?: boolean;
	/** true: Alt must be held; false or undefined: must not. */
	alt?: boolean;
	/** How the help dialog writes the key(s). */
	label: string;
	description: string;
	/** Handled by the browser (Tab) or by the mark itself (Enter, Space), not by a controller. */
	native?: true;
}

export const KEY_MAP: readonly KeyBinding[] = [
	{
		context: 'page',
		action: 'tab',
		keys: ['Tab'],
		label: 'Tab',
		description: 'Move between the controls and the timeline (the timeline is one stop)',
		native: true
	},
	{ context: 'page', action: 'help', keys: ['?'], label: '?', description: 'Show this help' },
	{
		context: 'page',
		action: 'close',
		keys: ['Escape'],
		label: 'Escape',
		description: 'Close a menu, or the details'
	},
	{
		context: 'chart',
		action: 'select',
		keys: ['Enter', ' '],
		label: 'Enter or Space',
		description: 'Select the focused event',
		native: true
	},
	{
		context: 'chart',
		action: 'previous',
		keys: ['ArrowLeft'],
		shift: false,
		label: '←',
		description: 'Previous event in time (pans the timeline when no event is focused or selected)'
	},
	{
		context: 'chart',
		action: 'next',
		keys: ['ArrowRight'],
		shift: false,
		label: '→',
		description: 'Next event in time (pans the timeline when no event is focused or selected)'
	},
	{
		context: 'chart',
		action: 'follow-causes',
		keys: ['ArrowLeft'],
		shift: true,
		label: 'Shift + ←',
		description: 'Follow the arrows back: what caused the focused event (a menu when several)'
	},
	{
		context: 'chart',
		action: 'follow-effects',
		keys: ['ArrowRight'],
		shift: true,
		label: 'Shift + →',
		description: 'Follow the arrows forward: what the focused event led to (a menu when several)'
	},
	{
		context: 'chart',
		action: 'pan-left',
		keys: ['ArrowLeft'],
		alt: true,
		label: 'Alt + ←',
		description: 'Pan earlier, even while an event is focused'
	},
	{
		context: 'chart',
		action: 'pan-right',
		keys: ['ArrowRight'],
		alt: true,
		label: 'Alt + →',
		description: 'Pan later, even while an event is focused'
	},
	{
		context: 'chart',
		action: 'page-left',
		keys: ['PageUp'],
		label: 'Page Up',
		description: 'Pan earlier by half a screen'
	},
	{
		context: 'chart',
		action: 'page-right',
		keys: ['PageDown'],
		label: 'Page Down',
		description: 'Pan later by half a screen'
	},
	{ context: 'chart', action: 'first', keys: ['Home'], label: 'Home', description: 'First event' },
	{ context: 'chart', action: 'last', keys: ['End'], label: 'End', description: 'Last event' },
	{
		context: 'chart',
		action: 'zoom-in',
		keys: ['+', '='],
		label: '+',
		description: 'Zoom in'
	},
	{
		context: 'chart',
		action: 'zoom-out',
		keys: ['-', '_'],
		label: '−',
		description: 'Zoom out'
	},
	{
		context: 'chart',
		action: 'fit',
		keys: ['0'],
		label: '0',
		description: 'Show the whole time range'
	},
	{
		context: 'overview',
		action: 'pan-left',
		keys: ['ArrowLeft'],
		shift: false,
		label: '←',
		description: 'Move the window earlier'
	},
	{
		context: 'overview',
		action: 'pan-right',
		keys: ['ArrowRight'],
		shift: false,
		label: '→',
		description: 'Move the window later'
	},
	{
		context: 'overview',
		action: 'page-left',
		keys: ['ArrowLeft'],
		shift: true,
		label: 'Shift + ←',
		description: 'Move the window earlier by half its width'
	},
	{
		context: 'overview',
		action: 'page-right',
		keys: ['ArrowRight'],
		shift: true,
		label: 'Shift + →',
		description: 'Move the window later by half its width'
	},
	{
		context: 'overview',
		action: 'zoom-in',
		keys: ['ArrowUp'],
		label: '↑',
		description: 'Narrow the window (zoom in)'
	},
	{
		context: 'overview',
		action: 'zoom-out',
		keys: ['ArrowDown'],
		label: '↓',
		description: 'Widen the window (zoom out)'
	},
	{
		context: 'overview',
		action: 'first',
		keys: ['Home'],
		label: 'Home',
		description: 'Move the window to the start'
	},
	{
		context: 'overview',
		action: 'last',
		keys: ['End'],
		label: 'End',
		description: 'Move the window to the end'
	}
];

/** The help dialog's sections, in order. */
export const KEY_CONTEXT_TITLES: Readonly<Record<KeyContext, string>> = {
	chart: 'In the timeline',
	page: 'Anywhere',
	overview: 'On the overview strip (the window under the chart)'
};

/** The parts of a keyboard event a binding looks at. */
export interface KeyPress {
	key: string;
	shiftKey: boolean;
	altKey: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

/** Whether `b` answers `e` (Ctrl and Meta combinations belong to the browser: never matched). */
export function matches(b: KeyBinding, e: KeyPress): boolean {
	if (e.ctrlKey || e.metaKey) return false;
	if (!b.keys.includes(e.key)) return false;
	if (b.shift !== undefined && b.shift !== e.shiftKey) return false;
	return (b.alt ?? false) === e.altKey;
}

/** The action `e` triggers in `context` (native bindings excluded), or null. */
export function keyAction(
	context: KeyContext,
	e: KeyPress,
	map: readonly KeyBinding[] = KEY_MAP
): KeyAction | null {
	const b = map.find((x) => x.context === context && !x.native && matches(x, e));
	return b?.action ?? null;
}

/** The bindings of one context, in table order. */
export function bindingsOf(
	context: KeyContext,
	map: readonly KeyBinding[] = KEY_MAP
): KeyBinding[] {
	return map.filter((b) => b.context === context);
}
