/**
 * The forgiving readers behind the view-state table (view.ts): each turns one URL parameter's
 * raw text into a value, or gives null/[]/'' for anything malformed. Pure; never throws.
 */
import { parseEdtf, parsePlainDate } from './dates.ts';

export const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_Q = 200;
const MAX_CAPTION = 140;
const MAX_SRC = 2048;

export function oneOf<T extends string>(
	value: string | null,
	allowed: readonly T[]
): T | undefined {
	return allowed.find((a) => a === value);
}

export function flag(value: string | null): boolean | undefined {
	return value === '1' ? true : value === '0' ? false : undefined;
}

/** Comma-separated items that pass `ok`, trimmed, without duplicates, in the order given. */
export function list(value: string | null, ok: (item: string) => boolean): string[] {
	if (value === null) return [];
	const seen = new Set<string>();
	for (const raw of value.split(',')) {
		const item = raw.trim();
		if (item !== '' && !seen.has(item) && ok(item)) seen.add(item);
	}
	return [...seen];
}

/** A valid EDTF date without qualifier (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null. */
export function plainDate(value: string | null): string | null {
	if (value === null) return null;
	const r = parsePlainDate(value);
	return r.ok ? r.text : null;
}

/** Control characters out, whitespace collapsed, trimmed, at most `max` code points. */
export function cleanText(value: string | null, max: number): string {
	if (value === null) return '';
	const text = value
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max).join('').trim();
}

/** A search: clean text of at most 200 code points. */
export const cleanQuery = (value: string | null): string => cleanText(value, MAX_Q);

/** An embed's own caption: plain, clean text of at most 140 code points. */
export const cleanCaption = (value: string | null): string => cleanText(value, MAX_CAPTION);

/** The heights an embed's frame may have, in CSS px (a fixed height, or embed.js's clamp). */
export const FRAME_HEIGHT = Object.freeze({ min: 200, max: 4000 });

/** A fixed frame height: whole pixels, kept within FRAME_HEIGHT; null for `auto` or anything else. */
export function frameHeight(value: string | null): number | null {
	const text = value?.trim() ?? '';
	if (!/^\d{1,6}$/.test(text)) return null;
	return Math.min(FRAME_HEIGHT.max, Math.max(FRAME_HEIGHT.min, Number(text)));
}

/** `START/END` as two plain dates, END's start after START's; null otherwise. */
export function timeWindow(value: string | null): { start: string; end: string } | null {
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
export function datasetUrl(value: string | null): string | null {
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

/** Whether two lists hold the same items, in any order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
	const sa = new Set(a);
	const sb = new Set(b);
	return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Percent-encodes a value but leaves `,` `/` `:` readable and writes spaces as `+`. */
export function encode(value: string): string {
	return encodeURIComponent(value)
		.replace(/%2C/g, ',')
		.replace(/%2F/g, '/')
		.replace(/%3A/g, ':')
		.replace(/%20/g, '+');
}
