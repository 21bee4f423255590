/**
 * The view as Causeway's spreadsheet template (events.csv, links.csv, actors.csv), as the
 * importer reads it: `#` comment lines saying what the file holds, the header, the rows; RFC 4180
 * quoting by d3-dsv, CRLF line ends, UTF-8 with a byte-order mark so that spreadsheets read
 * accents. Cells that a spreadsheet would run as a formula are neutralised with a leading `'`.
 */
import { csvFormatRows } from 'd3';
import type { Actor, Source } from '../../model/types.ts';
import {
	exportName,
	holdsSentence,
	oneLine,
	viewContent,
	type ExportFile,
	type ExportView,
	type ViewContent
} from './view.ts';

import {
	neutralise,
	TEMPLATE_ACTOR_COLUMNS,
	TEMPLATE_EVENT_COLUMNS,
	TEMPLATE_LINK_COLUMNS
} from '../template.ts';

const CSV_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

/** The file's text: comment lines, then the rows (the header first), CRLF after each. */
function csvText(comments: readonly string[], rows: readonly (readonly string[])[]): string {
	const lines = comments.map((c) => `# ${oneLine(c)}`);
	for (const row of rows) lines.push(csvFormatRows([row.map(neutralise)]));
	return `${BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** The comment lines every file starts with: what it holds and where the view is. */
function heading(view: ExportView, ...more: string[]): string[] {
	const lines = [`Causeway export: ${holdsSentence(view)}`, ...more];
	if (view.url) lines.push(`View: ${view.url}`);
	return lines;
}

const fold = (s: string) => s.trim().normalize('NFC').toLowerCase();

/**
 * How each actor is written in events.csv: its name, which reads well in a spreadsheet, unless
 * the importer could take that name for another actor (a name another actor has, or another
 * actor's id) or split it (a `;`); then its id.
 */
export function actorCells(actors: readonly Actor[]): Map<string, string> {
	const names = new Map<string, number>();
	for (const a of actors) names.set(fold(a.name), (names.get(fold(a.name)) ?? 0) + 1);
	const ids = new Set(actors.map((a) => fold(a.id)));
	const cells = new Map<string, string>();
	for (const a of actors) {
		const name = fold(a.name);
		const ambiguous =
			a.name.includes(';') ||
			names.get(name) !== 1 ||
			(ids.has(name) && name !== fold(a.id)) ||
			a.name !== a.name.trim();
		cells.set(a.id, ambiguous ? a.id : a.name);
	}
	return cells;
}

const sourceCells = (s: Source | undefined): string[] => [
	s?.title ?? '',
	s?.url ?? '',
	s?.publisher ?? '',
	s?.date ?? ''
];

/** `source_title, source_url, source_publisher, source_date`, then `source_title_2` and so on. */
export function sourceColumns(groups: number): string[] {
	const columns: string[] = [];
	for (let n = 1; n <= groups; n++) {
		const suffix = n === 1 ? '' : `_${n}`;
		for (const field of ['title', 'url', 'publisher', 'date']) {
			columns.push(`source_${field}${suffix}`);
		}
	}
	return columns;
}

export function eventsCsv(view: ExportView, content: ViewContent = viewContent(view)): ExportFile {
	const cells = actorCells(content.dataset.actors);
	const groups = Math.max(1, ...content.events.map((e) => e.sources.length));
	const rows = content.events.map((e) => {
		const sources: string[] = [];
		for (let i = 0; i < groups; i++) sources.push(...sourceCells(e.sources[i]));
		return [
			e.id,
			e.title,
			e.date.text,
			e.endDate?.text ?? '',
			e.dateAsWritten ?? '',
			e.kind,
			e.status,
			e.actors.map((id) => cells.get(id) ?? id).join('; '),
			e.summary ?? '',
			e.place?.name ?? '',
			e.place?.lat === undefined ? '' : String(e.place.lat),
			e.place?.lon === undefined ? '' : String(e.place.lon),
			e.tags.join('; '),
			...sources
		];
	});
	const header = [...TEMPLATE_EVENT_COLUMNS, ...sourceColumns(groups)];
	return {
		name: exportName(view, '-events', 'csv'),
		type: CSV_TYPE,
		text: csvText(
			heading(
				view,
				'Actors are written by name; actors.csv maps them to ids. Attributions, periods and stories are in the JSON export.'
			),
			[header, ...rows]
		)
	};
}

const LINK_COLUMNS = [...TEMPLATE_LINK_COLUMNS, 'source_title', 'source_url'];

export function linksCsv(view: ExportView, content: ViewContent = viewContent(view)): ExportFile {
	const rows = content.links.map((l) => [
		l.from,
		l.to,
		l.label,
		l.basis,
		l.hedge ?? '',
		l.note ?? '',
		l.sources[0]?.title ?? '',
		l.sources[0]?.url ?? ''
	]);
	// The template has one source per link, with its title and URL only.
	const partial = content.links.some(
		(l) =>
			l.sources.length > 1 ||
			l.sources.some((s) => s.publisher !== undefined || s.date !== undefined)
	);
	const count = content.links.length === 1 ? '1 link' : `${content.links.length} links`;
	const notes = [`${count} between these events.`];
	if (partial) {
		notes.push(
			'Only the first source of each link is here, with its title and URL; every source is in the JSON export.'
		);
	}
	return {
		name: exportName(view, '-links', 'csv'),
		type: CSV_TYPE,
		text: csvText(heading(view, ...notes), [LINK_COLUMNS, ...rows])
	};
}

export function actorsCsv(view: ExportView, content: ViewContent = viewContent(view)): ExportFile {
	const rows = content.actors.map((a) => [a.id, a.name, a.kind ?? '', a.description ?? '']);
	const count = content.actors.length === 1 ? '1 actor' : `${content.actors.length} actors`;
	return {
		name: exportName(view, '-actors', 'csv'),
		type: CSV_TYPE,
		text: csvText(heading(view, `${count} named by these events.`), [
			TEMPLATE_ACTOR_COLUMNS,
			...rows
		])
	};
}
