/**
 * The whole view state of one timeline (filters, selection, layout, camera, dataset) and its URL
 * form, the same on `/` and `/embed`, as one table: `VIEW_PARAMS`. Each row names a field (which
 * is also its URL parameter, its `<causeway-timeline>` attribute and its `causeway:set` field),
 * how to read and write it, its default and its equality. Parsing, serialising, `sameView`, the
 * host's set command, the web component's attributes and the state's `toView`/`applyView` are all
 * derived from it, so a new parameter is one row (plus whatever it does).
 *
 * Parsing is forgiving: unknown or malformed parameters fall back to their defaults and
 * `parseView` never throws. Only non-default values are written.
 */
import { EVENT_KINDS } from './types.ts';
import type { EventKind } from './types.ts';
import type { EventFilter } from './filter.ts';
import {
	cleanCaption,
	cleanQuery,
	datasetUrl,
	encode,
	flag,
	frameHeight,
	ID,
	list,
	oneOf,
	plainDate,
	sameSet,
	timeWindow
} from './view-values.ts';

export type Layout = 'compact' | 'actors';
export type Theme = 'light' | 'dark' | 'auto';

/** Everything a link to a view must carry. */
export interface ViewState extends EventFilter {
	/** Selected event id. */
	event: string | null;
	layout: Layout;
	/** Whether causal arrows are drawn. */
	arrows: boolean;
	theme: Theme;
	/** Zoom window as EDTF dates without qualifiers (`end` later than `start`); null = fit all. */
	view: { start: string; end: string } | null;
	/** Dataset URL: an absolute http(s) URL or a same-origin path; null = the default dataset. */
	src: string | null;
	/** `/embed` only: whether the filter controls are shown. */
	controls: boolean;
	/** `/embed` only: whether the dataset's title heads the embed. */
	headline: boolean;
	/** `/embed` only: whether the dataset's description is shown under the title line. */
	description: boolean;
	/** `/embed` only: the publisher's own short text, in place of the title line ('' = none). */
	caption: string;
	/** `/embed` only: the frame's fixed height in CSS px, or null (auto: embed.js sizes it). */
	height: number | null;
	/** The story being followed (its id), or null. */
	story: string | null;
	/** The story's step, from 1 (kept within the story by the state). */
	step: number;
}

/** Ids a parser may check against: when a set is given, ids not in it are dropped. */
export interface KnownIds {
	actors?: ReadonlySet<string>;
	events?: ReadonlySet<string>;
	stories?: ReadonlySet<string>;
}

/**
 * How a host's `causeway:set` message gives a field: a string, a list of strings, a boolean, or
 * a whole number (or its digits as a string).
 */
export type MessageForm = 'text' | 'list' | 'flag' | 'count';

/** One view parameter. `key` is the field, the URL parameter, the attribute and the message field. */
export interface ViewParam<K extends keyof ViewState = keyof ViewState> {
	key: K;
	default: ViewState[K];
	/** The value of the raw URL text (null when absent); malformed text gives the default. */
	parse(raw: string | null, known: KnownIds): ViewState[K];
	/** The URL text of a value; '' or the default's text means "leave it out". */
	write(value: ViewState[K]): string;
	/** Whether two values show the same view (default `===`). */
	same?(a: ViewState[K], b: ViewState[K]): boolean;
	/** Written only on `/embed`. */
	embedOnly?: true;
	/** Accepted from a host's `causeway:set` message, in this form; absent = not settable. */
	message?: MessageForm;
}

const LAYOUTS: readonly Layout[] = ['compact', 'actors'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const known = (ids: ReadonlySet<string> | undefined, id: string) => !ids || ids.has(id);
/** A flag as the URL writes it. */
export const bit = (on: boolean) => (on ? '1' : '0');
const choice = <T extends string>(allowed: readonly T[], fallback: T) => ({
	default: fallback,
	parse: (raw: string | null) => oneOf(raw, allowed) ?? fallback,
	write: (v: T) => v
});
const boolean = (fallback: boolean) => ({
	default: fallback,
	parse: (raw: string | null) => flag(raw) ?? fallback,
	write: bit
});
const date = {
	default: null,
	parse: (raw: string | null) => plainDate(raw),
	write: (v: string | null) => v ?? ''
};
const id = (ids: (k: KnownIds) => ReadonlySet<string> | undefined) => ({
	default: null,
	parse: (raw: string | null, k: KnownIds) => {
		const text = raw?.trim() ?? null;
		return text !== null && ID.test(text) && known(ids(k), text) ? text : null;
	},
	write: (v: string | null) => v ?? '',
	message: 'text' as const
});
const row = <K extends keyof ViewState>(param: ViewParam<K>) => param as unknown as ViewParam;

/** Every view parameter, in the order the URL writes them. */
export const VIEW_PARAMS: readonly ViewParam[] = Object.freeze([
	row({
		key: 'actors',
		default: [],
		parse: (raw, k) => list(raw, (id) => ID.test(id) && known(k.actors, id)),
		write: (v) => v.join(','),
		same: sameSet,
		message: 'list'
	}),
	row({ key: 'match', ...choice(['any', 'all'] as const, 'any'), message: 'text' }),
	row({
		key: 'attributed',
		...choice(['include', 'exclude'] as const, 'include'),
		message: 'text'
	}),
	row({
		key: 'kinds',
		default: [],
		parse: (raw) => list(raw, (k) => oneOf(k, EVENT_KINDS) !== undefined) as EventKind[],
		write: (v) => v.join(','),
		same: sameSet,
		message: 'list'
	}),
	row({ key: 'q', default: '', parse: cleanQuery, write: cleanQuery, message: 'text' }),
	row({ key: 'from', ...date, message: 'text' }),
	row({ key: 'to', ...date, message: 'text' }),
	row({ key: 'event', ...id((k) => k.events) }),
	row({ key: 'layout', ...choice(LAYOUTS, 'compact'), message: 'text' }),
	row({ key: 'arrows', ...boolean(true), message: 'flag' }),
	row({ key: 'theme', ...choice(THEMES, 'auto'), message: 'text' }),
	row({
		key: 'view',
		default: null,
		parse: timeWindow,
		write: (v) => (v ? `${v.start}/${v.end}` : ''),
		same: (a, b) => a?.start === b?.start && a?.end === b?.end
	}),
	row({ key: 'src', default: null, parse: datasetUrl, write: (v) => v ?? '' }),
	row({ key: 'controls', ...boolean(true), embedOnly: true }),
	row({ key: 'headline', ...boolean(true), embedOnly: true }),
	row({ key: 'description', ...boolean(false), embedOnly: true }),
	row({ key: 'caption', default: '', parse: cleanCaption, write: cleanCaption, embedOnly: true }),
	row({
		key: 'height',
		default: null,
		parse: frameHeight,
		write: (v) => (v === null ? '' : String(v)),
		embedOnly: true
	}),
	row({ key: 'story', ...id((k) => k.stories) }),
	row({
		key: 'step',
		default: 1,
		parse: (raw) => (raw && /^\d{1,4}$/.test(raw.trim()) ? Math.max(1, Number(raw)) : 1),
		write: (v) => String(v),
		message: 'count'
	})
]);

/** The view fields a timeline state holds under their own name (`event` and `view` it derives). */
export type PlainKey = Exclude<keyof ViewState, 'event' | 'view'>;
export const PLAIN_KEYS: readonly PlainKey[] = VIEW_PARAMS.map((p) => p.key).filter(
	(k): k is PlainKey => k !== 'event' && k !== 'view'
);

/** Whether two lists hold the same items in the same order. */
export const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Sets a plain field to the value, lists copied so that two states never share one. A list with
 * the same items is left as it is: what is derived from it (the filtered events, their packing)
 * is not worked out again for a view that did not change it.
 */
export function setPlain<K extends PlainKey>(
	to: Pick<ViewState, PlainKey>,
	key: K,
	value: ViewState[K]
) {
	const now = to[key];
	if (Array.isArray(value) && Array.isArray(now) && sameItems(now, value)) return;
	to[key] = (Array.isArray(value) ? [...value] : value) as ViewState[K];
}

/** The view when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = Object.freeze(
	Object.fromEntries(VIEW_PARAMS.map((p) => [p.key, p.default]))
) as unknown as ViewState;

/** The fields a host may set with `causeway:set` (and `element.set()`). */
export const SETTABLE_FIELDS: readonly (keyof ViewState)[] = VIEW_PARAMS.filter(
	(p) => p.message
).map((p) => p.key);

/** The attributes `<causeway-timeline>` observes: every parameter. */
export const ELEMENT_ATTRIBUTES: readonly string[] = VIEW_PARAMS.map((p) => p.key);

/** Sets one field of a view, typed by its key. */
export const setField = <K extends keyof ViewState>(
	view: ViewState,
	key: K,
	value: ViewState[K]
) => {
	view[key] = value;
};

/**
 * Reads a view from URL parameters. Never throws: anything unknown or malformed is ignored.
 * @param known when given, actor and event ids not in these sets are dropped too
 */
export function parseView(params: URLSearchParams, known: KnownIds = {}): ViewState {
	const view = { ...DEFAULT_VIEW };
	for (const p of VIEW_PARAMS) setField(view, p.key, p.parse(params.get(p.key), known));
	return view;
}

/** The non-default parameters of a view, in the fixed order of the URL. */
function entries(state: ViewState, opts: { embed?: boolean }): [string, string][] {
	const out: [string, string][] = [];
	for (const p of VIEW_PARAMS) {
		if (p.embedOnly && !opts.embed) continue;
		const text = p.write(state[p.key]);
		if (text !== '' && text !== p.write(p.default)) out.push([p.key, text]);
	}
	return out;
}

/**
 * The URL parameters of a view: only non-default values, in the table's order
 * (actors, match, attributed, kinds, q, from, to, event, layout, arrows, theme, view, src, controls,
 * headline, description, caption, height, story, step). Embed-only ones (`controls`, `headline`,
 * `description`, `caption`, `height`) are written only when `opts.embed`.
 */
export function serialiseView(state: ViewState, opts: { embed?: boolean } = {}): URLSearchParams {
	return new URLSearchParams(entries(state, opts));
}

/** The query string of a view: `''` for the default view, else `?actors=ttp,china&…`. */
export function viewToSearch(state: ViewState, opts: { embed?: boolean } = {}): string {
	const parts = entries(state, opts).map(([k, v]) => `${k}=${encode(v)}`);
	return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * Whether two states show the same view. Actor and kind lists compare as sets (their order
 * does not change what is shown); everything else compares exactly.
 */
export function sameView(a: ViewState, b: ViewState): boolean {
	return VIEW_PARAMS.every((p) => (p.same ? p.same(a[p.key], b[p.key]) : a[p.key] === b[p.key]));
}

/** URL parameters from name/value pairs, skipping empty values (e.g. element attributes). */
export function paramsOf(pairs: readonly (readonly [string, string])[]): URLSearchParams {
	const params = new URLSearchParams();
	for (const [name, value] of pairs) if (value) params.set(name, value);
	return params;
}
