/**
 * Causeway's spreadsheet template (see README "Bring your data"): `events.csv`, and optionally
 * `links.csv` and `actors.csv`, into the author form. Column names are trimmed and
 * case-insensitive; a cell the exporter neutralised against formulas (`'=…`) is read without its
 * quote; further sources come in `source_*_2` columns or in rows below an event with no title.
 */
import { ActorRegistry, splitList } from './actors.ts';
import { Origins, compact, rowLocator } from './origin.ts';
import type { RawEvent, RawImport, RawLink, RawPlace, RawSource } from './raw.ts';
import { IdMaker } from './slug.ts';
import { Columns, readNumber, type Table, type TableRow } from './table.ts';
import { isSourceColumn, rowSources, sourceColumn, sourceSuffixes } from './template-sources.ts';
import type { Problems } from './types.ts';
import {
	TEMPLATE_ACTOR_COLUMNS,
	TEMPLATE_EVENT_COLUMNS,
	TEMPLATE_LINK_COLUMNS,
	unneutralise
} from '../template.ts';

const lower = (columns: readonly string[]) => columns.map((c) => c.toLowerCase());
export const EVENT_COLUMNS = lower(TEMPLATE_EVENT_COLUMNS);
export const LINK_COLUMNS = lower(TEMPLATE_LINK_COLUMNS);
export const ACTOR_COLUMNS = lower(TEMPLATE_ACTOR_COLUMNS);

export interface TemplateTables {
	events: { table: Table; problems: Problems };
	links?: { table: Table; problems: Problems };
	actors?: { table: Table; problems: Problems };
}

function reader(cols: Columns) {
	return (row: TableRow, name: string) => unneutralise(cols.get(row, name));
}

function warnUnknown(cols: Columns, known: readonly string[], problems: Problems): void {
	const unknown = cols.unknown((h) => known.includes(h) || isSourceColumn(h));
	if (unknown.length === 0) return;
	problems.warning(
		{ row: cols.table.headerRow },
		`${unknown.length === 1 ? 'the column' : 'the columns'} ${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the template and ${unknown.length === 1 ? 'is' : 'are'} ignored; the template's columns are ${known.join(', ')} and source_title, source_url, source_publisher, source_date (…_2, …_3 for more)`
	);
}

function requireColumns(cols: Columns, names: string[], problems: Problems): boolean {
	const missing = names.filter((n) => !cols.has(n));
	for (const name of missing) {
		problems.error(
			{ row: cols.table.headerRow },
			`the column "${name}" is missing; the header has ${cols.table.header.map((h) => JSON.stringify(h)).join(', ')}`
		);
	}
	return missing.length === 0;
}

function readActors(t: NonNullable<TemplateTables['actors']>, registry: ActorRegistry): void {
	const cols = new Columns(t.table);
	warnUnknown(cols, ACTOR_COLUMNS, t.problems);
	if (!requireColumns(cols, ['name'], t.problems)) return;
	const get = reader(cols);
	for (const row of t.table.rows) registry.reserve(get(row, 'id'));
	for (const row of t.table.rows) {
		const actor = compact({
			id: get(row, 'id'),
			name: get(row, 'name'),
			kind: get(row, 'kind'),
			description: get(row, 'description')
		});
		registry.add({ ...actor, id: actor.id ?? '', name: actor.name ?? '' });
	}
}

function place(cols: Columns, row: TableRow, get: ReturnType<typeof reader>, problems: Problems) {
	const out: Partial<RawPlace> = {};
	const name = get(row, 'place');
	if (name) out.name = name;
	for (const field of ['lat', 'lon'] as const) {
		const text = get(row, field);
		if (!text) continue;
		const n = readNumber(text);
		if (n === null) problems.error(cols.at(row, field), `${JSON.stringify(text)} is not a number`);
		else out[field] = n;
	}
	return Object.keys(out).length > 0 ? (out as RawPlace) : undefined;
}

/** A date a spreadsheet reformatted in its locale (26/03/2024, 3/26/24): said with what to do. */
function checkSpreadsheetDate(cols: Columns, row: TableRow, name: string, problems: Problems) {
	const text = cols.get(row, name);
	if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text)) {
		problems.error(
			cols.at(row, name),
			`${JSON.stringify(text)} is not a date of the form YYYY-MM-DD: the spreadsheet may have reformatted it. Write it as YYYY-MM-DD (e.g. 2024-03-26) in a column formatted as text`
		);
	}
}

function readEvents(
	t: TemplateTables['events'],
	registry: ActorRegistry,
	origins: Origins
): RawEvent[] {
	const { table, problems } = t;
	const cols = new Columns(table);
	const known = [...EVENT_COLUMNS];
	warnUnknown(cols, known, problems);
	if (!requireColumns(cols, ['title', 'date'], problems)) return [];
	const get = reader(cols);
	const suffixes = sourceSuffixes(table.header);
	const ids = new IdMaker();
	for (const row of table.rows) if (get(row, 'id')) ids.reserve(get(row, 'id'));
	const events: RawEvent[] = [];
	// Where each source of each event was read: its row and its columns' suffix.
	const sourceAt: { row: number; suffix: string }[][] = [];
	for (const row of table.rows) {
		const id = get(row, 'id');
		const title = get(row, 'title');
		const sources = rowSources(row, suffixes, get);
		const above = events.at(-1);
		if (!title && (id === '' || id === above?.id)) {
			if (!above) {
				problems.error(
					cols.at(row, 'title'),
					'has no title, and there is no event above to add its sources to'
				);
				continue;
			}
			above.sources = [...(above.sources ?? []), ...sources.map((s) => s.source)];
			sourceAt[events.length - 1].push(...sources.map((s) => ({ row: row.row, suffix: s.suffix })));
			continue;
		}
		checkSpreadsheetDate(cols, row, 'date', problems);
		checkSpreadsheetDate(cols, row, 'enddate', problems);
		const event = compact({
			id: id || ids.make(title, 'event'),
			title,
			date: get(row, 'date'),
			endDate: get(row, 'enddate'),
			dateAsWritten: get(row, 'dateaswritten'),
			kind: get(row, 'kind').toLowerCase(),
			status: get(row, 'status').toLowerCase(),
			actors: [...new Set(splitList(get(row, 'actors')).map((a) => registry.resolve(a)))],
			summary: get(row, 'summary'),
			place: place(cols, row, get, problems),
			sources: sources.map((s) => s.source as RawSource),
			tags: splitList(get(row, 'tags'))
		}) as RawEvent;
		events.push(event);
		sourceAt.push(sources.map((s) => ({ row: row.row, suffix: s.suffix })));
		const index = events.length - 1;
		origins.set('events', index, (rest) => {
			const [field, k, sub] = rest;
			const file = problems.file;
			if (field === 'sources' && typeof k === 'number' && sourceAt[index][k]) {
				const at = sourceAt[index][k];
				const name = sourceColumn(typeof sub === 'string' ? sub : 'title', at.suffix);
				return { file, ...cols.at(at.row, name) };
			}
			if (field === 'place') {
				return { file, ...cols.at(row, typeof k === 'string' && k !== 'name' ? k : 'place') };
			}
			return typeof field === 'string' ? { file, ...cols.at(row, field) } : { file, row: row.row };
		});
	}
	return events;
}

function readLinks(t: NonNullable<TemplateTables['links']>, origins: Origins): RawLink[] {
	const cols = new Columns(t.table);
	warnUnknown(cols, LINK_COLUMNS, t.problems);
	if (!requireColumns(cols, ['from', 'to'], t.problems)) return [];
	const get = reader(cols);
	const suffixes = sourceSuffixes(t.table.header);
	return t.table.rows.map((row, i) => {
		const sources = rowSources(row, suffixes, get);
		origins.set(
			'links',
			i,
			rowLocator(t.problems.file, row.row, (field, rest) => {
				const at = typeof rest[0] === 'number' ? sources[rest[0]] : undefined;
				if (field === 'sources' && at) {
					return cols.at(row, sourceColumn(String(rest[1] ?? 'title'), at.suffix)).column!;
				}
				return cols.at(row, field).column!;
			})
		);
		return compact({
			from: get(row, 'from'),
			to: get(row, 'to'),
			label: get(row, 'label'),
			basis: get(row, 'basis').toLowerCase(),
			hedge: get(row, 'hedge'),
			note: get(row, 'note'),
			sources: sources.map((s) => s.source)
		});
	});
}

/**
 * The template's tables into a dataset. Problems go to each table's own file; the validator's
 * errors on the result are located through `origins` by the caller.
 */
export function importTemplate(tables: TemplateTables, origins: Origins): RawImport {
	const registry = new ActorRegistry();
	if (tables.actors) readActors(tables.actors, registry);
	const events = readEvents(tables.events, registry, origins);
	const links = tables.links ? readLinks(tables.links, origins) : [];
	const actorsCols = tables.actors ? new Columns(tables.actors.table) : null;
	registry.list.forEach((_, i) => {
		const row = tables.actors?.table.rows[i];
		if (row && actorsCols) {
			const file = tables.actors!.problems.file;
			origins.set(
				'actors',
				i,
				rowLocator(file, row.row, (f) => actorsCols.at(row, f).column!)
			);
		}
	});
	return { actors: registry.list, events, ...(links.length > 0 ? { links } : {}) };
}
