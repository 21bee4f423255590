/**
 * The messages between an embedded timeline and its host page (postMessage, and DOM events for
 * the web component). Every incoming message is checked here; anything malformed is ignored.
 *
 * embed -> host: { type: 'causeway:resize', height }          content height in CSS px
 *                { type: 'causeway:select', id }               selected event id, or null
 *                { type: 'causeway:filter', view, search }     the view state and its URL form
 *                { type: 'causeway:step', story, step, total, title }
 *                                                  the story step on screen (story null: none)
 * host -> embed: { type: 'causeway:set', event?, actors?, match?, kinds?, q?, from?, to?,
 *                  layout?, arrows?, theme?, story?, step? }   fields to change; others kept
 *                  (the fields are SETTABLE_FIELDS, the table's rows with a message form)
 */
import type { KnownIds, ViewState } from '../model/view.ts';
import { withFields } from '../model/view-fields.ts';
import type { StepFocus } from '../model/story.ts';
import { FRAME_HEIGHT } from '../model/view-values.ts';

export const RESIZE = 'causeway:resize';
export const SELECT = 'causeway:select';
export const FILTER = 'causeway:filter';
export const SET = 'causeway:set';
export const STEP = 'causeway:step';

export const MIN_HEIGHT = FRAME_HEIGHT.min;
export const MAX_HEIGHT = FRAME_HEIGHT.max;

export interface ResizeMessage {
	type: typeof RESIZE;
	height: number;
}
export interface SelectMessage {
	type: typeof SELECT;
	id: string | null;
}
export interface FilterMessage {
	type: typeof FILTER;
	view: ViewState;
	search: string;
}

export interface StepMessage {
	type: typeof STEP;
	/** The story followed, or null once the reader left it. */
	story: string | null;
	step: number | null;
	total: number | null;
	/** The step's title. */
	title: string | null;
}

/** What the host hears when the reader (or the host) moves to a step, or leaves the story. */
export function stepMessage(focus: StepFocus | undefined): StepMessage {
	return focus
		? {
				type: STEP,
				story: focus.story.id,
				step: focus.number,
				total: focus.total,
				title: focus.step.title
			}
		: { type: STEP, story: null, step: null, total: null, title: null };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** The height a host should give the iframe, clamped; null for anything but a resize message. */
export function parseResize(data: unknown): number | null {
	if (!isRecord(data) || data.type !== RESIZE) return null;
	const h = data.height;
	if (typeof h !== 'number' || !Number.isFinite(h)) return null;
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
}

/**
 * The changes a `causeway:set` command asks for, as a full view state (the current one with the
 * given fields replaced), validated like a URL (see `withFields` and the table in model/view.ts).
 * Null when the message is not a set command.
 */
export function parseSet(data: unknown, current: ViewState, known?: KnownIds): ViewState | null {
	if (!isRecord(data) || data.type !== SET) return null;
	return withFields(data, current, known);
}

/**
 * The origin of the page that embeds us, when the browser tells it (ancestorOrigins, else the
 * referrer); null when not framed or unknown. Commands are accepted only from that origin.
 */
export function parentOrigin(win: {
	parent: unknown;
	location: { ancestorOrigins?: { length: number; [i: number]: string } };
	document: { referrer: string };
}): string | null {
	if (win.parent === win) return null;
	const ancestors = win.location.ancestorOrigins;
	if (ancestors && ancestors.length > 0) return ancestors[0];
	try {
		return win.document.referrer ? new URL(win.document.referrer).origin : null;
	} catch {
		return null;
	}
}
