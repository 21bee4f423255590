/**
 * The whole view state of one timeline (filters, selection, layout, camera, dataset) and its URL
 * form, the same on `/` and `/embed`. Parsing is forgiving: unknown or malformed parameters fall
 * back to their defaults and `parseView` never throws. Only non-default values are written.
 */
import { parseEdtf, parsePlainDate } from './dates.ts';
import { NO_FILTER } from './filter.ts';
import type { EventFilter } from './filter.ts';
import { EVENT_KINDS } from './types.ts';
import type { EventKind } from './types.ts';

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
}

/** The view when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = Object.freeze({
	...NO_FILTER,
	event: null,
	layout: 'compact',
	arrows: true,
	theme: 'auto',
	view: null,
	src: null,
	controls: true
});

const LAYOUTS: readonly Layout[] = ['compact', 'actors'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_Q = 200;
const MAX_SRC = 2048;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
	return allowed.find((a) => a === value);
}

function flag(value: string | null): boolean | undefined {
	return value === '1' ? true : value === '0' ? false : undefined;
}

/** Comma-separated items that pass `ok`, trimmed, without duplicates, in the order given. */
function list(value: string | null, ok: (item: string) => boolean): string[] {
	if (value === null) return [];
	const seen = new Set<string>();
	for (const raw of value.split(',')) {
		const item = raw.trim();
		if (item !== '' && !seen.has(item) && ok(item)) seen.add(item);
	}
	return [...seen];
}

/** A valid EDTF date without qualifier (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null. */
function plainDate(value: string | null): string | null {
	if (value === null) return null;
	const r = parsePlainDate(value);
	return r.ok ? r.text : null;
}

/** Control characters out, whitespace collapsed, trimmed, at most 200 code points. */
function cleanQuery(value: string | null): string {
	if (value === null) return '';
	const text = value
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const chars = Array.from(text);
	return chars.length <= MAX_Q ? text : chars.slice(0, MAX_Q).join('').trim();
}

function viewWindow(value: string | null): ViewState['view'] {
	if (value === null) return null;
	const parts = value.split('/');
	if (parts.length !== 2) return null;
	const start = plainDate(parts[0]);
	const end = plainDate(parts[1]);
	if (start === null || end === null) return null;
	const a = parseEdtf(start);
	const b = parseEdtf(end);
	if (!a.ok || !b.ok || b.date.start <= a.date.start) return null;
	return { start, end };
}

/**
 * A dataset URL we are willing to try: an absolute http(s) URL, or a path on this origin
 * (`/…` but not `//…` or `/\…`, which browsers read as another host). No whitespace or control
 * characters, which browsers silently strip. Which origins are allowed is decided later.
 */
function datasetUrl(value: string | null): string | null {
	if (value === null || value.length > MAX_SRC) return null;
	// eslint-disable-next-line no-control-regex
	if (/[\s\u0000-\u001f\u007f-\u009f]/.test(value)) return null;
	if (value.startsWith('/')) {
		return value.startsWith('//') || value.includes('\\') ? null : value;
	}
	if (!/^https?:\/\//i.test(value) || value.includes('\\')) return null;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== ''
			? value
			: null;
	} catch {
		return null;
	}
}

/**
 * Reads a view from URL parameters. Never throws: anything unknown or malformed is ignored.
 * @param known when given, actor and event ids not in these sets are dropped too
 */
export function parseView(
	params: URLSearchParams,
	known: { actors?: ReadonlySet<string>; events?: ReadonlySet<string> } = {}
): ViewState {
	const get = (key: string) => params.get(key);
	const event = get('event')?.trim() ?? null;
	return {
		actors: list(get('actors'), (id) => ID.test(id) && (!known.actors || known.actors.has(id))),
		match: oneOf(get('match'), ['any', 'all'] as const) ?? DEFAULT_VIEW.match,
		kinds: list(get('kinds'), (k) => oneOf(k, EVENT_KINDS) !== undefined) as EventKind[],
		q: cleanQuery(get('q')),
		from: plainDate(get('from')),
		to: plainDate(get('to')),
		event:
			event !== null && ID.test(event) && (!known.events || known.events.has(event)) ? event : null,
		layout: oneOf(get('layout'), LAYOUTS) ?? DEFAULT_VIEW.layout,
		arrows: flag(get('arrows')) ?? DEFAULT_VIEW.arrows,
		theme: oneOf(get('theme'), THEMES) ?? DEFAULT_VIEW.theme,
		view: viewWindow(get('view')),
		src: datasetUrl(get('src')),
		controls: flag(get('controls')) ?? DEFAULT_VIEW.controls
	};
}

/** The non-default parameters of a view, in the fixed order of the URL. */
function entries(state: ViewState, opts: { embed?: boolean }): [string, string][] {
	const out: [string, string][] = [];
	const d = DEFAULT_VIEW;
	if (state.actors.length > 0) out.push(['actors', state.actors.join(',')]);
	if (state.match !== d.match) out.push(['match', state.match]);
	if (state.kinds.length > 0) out.push(['kinds', state.kinds.join(',')]);
	const q = cleanQuery(state.q);
	if (q !== '') out.push(['q', q]);
	if (state.from !== null) out.push(['from', state.from]);
	if (state.to !== null) out.push(['to', state.to]);
	if (state.event !== null) out.push(['event', state.event]);
	if (state.layout !== d.layout) out.push(['layout', state.layout]);
	if (state.arrows !== d.arrows) out.push(['arrows', state.arrows ? '1' : '0']);
	if (state.theme !== d.theme) out.push(['theme', state.theme]);
	if (state.view !== null) out.push(['view', `${state.view.start}/${state.view.end}`]);
	if (state.src !== null) out.push(['src', state.src]);
	if (opts.embed && state.controls !== d.controls) {
		out.push(['controls', state.controls ? '1' : '0']);
	}
	return out;
}

/**
 * The URL parameters of a view: only non-default values, in a fixed order
 * (actors, match, kinds, q, from, to, event, layout, arrows, theme, view, src, controls).
 * `controls` is written only when `opts.embed`.
 */
export function serialiseView(state: ViewState, opts: { embed?: boolean } = {}): URLSearchParams {
	return new URLSearchParams(entries(state, opts));
}

/** Percent-encodes a value but leaves `,` `/` `:` readable and writes spaces as `+`. */
function encode(value: string): string {
	return encodeURIComponent(value)
		.replace(/%2C/g, ',')
		.replace(/%2F/g, '/')
		.replace(/%3A/g, ':')
		.replace(/%20/g, '+');
}

/** The query string of a view: `''` for the default view, else `?actors=ttp,china&…`. */
export function viewToSearch(state: ViewState, opts: { embed?: boolean } = {}): string {
	const parts = entries(state, opts).map(([k, v]) => `${k}=${encode(v)}`);
	return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
	const sa = new Set(a);
	const sb = new Set(b);
	return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/**
 * Whether two states show the same view. Actor and kind lists compare as sets (their order
 * does not change what is shown); everything else compares exactly.
 */
export function sameView(a: ViewState, b: ViewState): boolean {
	return (
		sameSet(a.actors, b.actors) &&
		a.match === b.match &&
		sameSet(a.kinds, b.kinds) &&
		a.q === b.q &&
		a.from === b.from &&
		a.to === b.to &&
		a.event === b.event &&
		a.layout === b.layout &&
		a.arrows === b.arrows &&
		a.theme === b.theme &&
		a.view?.start === b.view?.start &&
		a.view?.end === b.view?.end &&
		a.src === b.src &&
		a.controls === b.controls
	);
}

/** URL parameters from name/value pairs, skipping empty values (e.g. element attributes). */
export function paramsOf(pairs: readonly (readonly [string, string])[]): URLSearchParams {
	const params = new URLSearchParams();
	for (const [name, value] of pairs) if (value) params.set(name, value);
	return params;
}
