/**
 * The template's source columns: `source_title`, `source_url`, `source_publisher`, `source_date`
 * for the first source, `…_2`, `…_3` and so on for further ones, each group one source.
 */
import type { RawSource } from './raw.ts';
import type { TableRow } from './table.ts';

const SOURCE_COLUMN = /^source_(title|url|publisher|date)(?:_(\d+))?$/;
const FIELDS = ['title', 'url', 'publisher', 'date'] as const;

export const isSourceColumn = (name: string) => SOURCE_COLUMN.test(name);

/** The suffixes of the source groups a header has, in order: '', '_2', '_3', … */
export function sourceSuffixes(header: readonly string[]): string[] {
	const numbers = new Set<number>();
	for (const h of header) {
		const m = SOURCE_COLUMN.exec(h.toLowerCase());
		if (m) numbers.add(m[2] === undefined ? 1 : Number(m[2]));
	}
	return [...numbers].sort((a, b) => a - b).map((n) => (n === 1 ? '' : `_${n}`));
}

export const sourceColumn = (field: string, suffix: string) => `source_${field}${suffix}`;

/** A source's title when only its link is given: the link's host. */
export function hostOf(url: string): string {
	try {
		return new URL(url).host || url;
	} catch {
		return url;
	}
}

/**
 * The sources one row holds, each with the suffix of its columns. A group with only a URL is
 * titled by the URL's host; an empty group is none.
 */
export function rowSources(
	row: TableRow,
	suffixes: readonly string[],
	read: (row: TableRow, name: string) => string
): { source: RawSource; suffix: string }[] {
	const out: { source: RawSource; suffix: string }[] = [];
	for (const suffix of suffixes) {
		const [title, url, publisher, date] = FIELDS.map((f) => read(row, sourceColumn(f, suffix)));
		if (!title && !url && !publisher && !date) continue;
		const source: RawSource = { title: title || (url ? hostOf(url) : publisher) };
		if (url) source.url = url;
		if (publisher) source.publisher = publisher;
		if (date) source.date = date;
		out.push({ source, suffix });
	}
	return out;
}
