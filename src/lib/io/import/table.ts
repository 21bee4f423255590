/**
 * A CSV file as rows a user would recognise: decoded strictly (json.ts's decodeBytes), the
 * delimiter found from the header line (`,`, `;` from European Excel, or tab), comment lines
 * (`#`) and blank lines before the header skipped but counted, cells split by d3's DSV parser
 * (quotes, CRLF, multi-line cells), empty rows dropped, and every row keeping the number a
 * spreadsheet shows for it (the header is row 1 when nothing comes before it).
 */
// d3's DSV module by itself: the whole of d3 costs a command-line import noticeable start-up time.
import { dsvFormat } from 'd3-dsv';
import { decodeBytes } from '../../model/json.ts';
import type { ImportInput, Problems, Where } from './types.ts';

export interface TableRow {
	row: number;
	cells: string[];
}

export interface Table {
	file: string;
	delimiter: string;
	/** The header's cells, trimmed, as written. */
	header: string[];
	headerRow: number;
	rows: TableRow[];
}

/** The file's text, or an error naming the first byte that is not UTF-8. */
export function decodeInput(input: ImportInput, problems: Problems): string | null {
	const text = decodeBytes(input.bytes);
	if (text.ok && text.value.includes('\u0000')) {
		problems.error(
			{},
			`contains NUL characters (the first at character ${text.value.indexOf('\u0000') + 1}): it may be UTF-16 text without a byte-order mark. Save it as UTF-8`
		);
		return null;
	}
	if (text.ok) return text.value;
	for (const message of text.problems) problems.error({}, message);
	return null;
}

/** Where the header starts: after comment lines (`#`) and blank lines, which count as rows. */
export function headerStart(text: string): { offset: number; skipped: number } {
	let offset = 0;
	let skipped = 0;
	while (offset < text.length) {
		const end = text.indexOf('\n', offset);
		const line = text.slice(offset, end === -1 ? text.length : end).trim();
		if (line !== '' && !line.startsWith('#')) break;
		if (end === -1) return { offset: text.length, skipped: skipped + 1 };
		offset = end + 1;
		skipped++;
	}
	return { offset, skipped };
}

const DELIMITERS = [',', ';', '\t'];

/** The delimiter the header line uses most outside quotes; a comma when it is one column. */
export function detectDelimiter(line: string): string {
	const bare = line.replace(/"[^"]*"/g, '');
	const counts = DELIMITERS.map((d) => bare.split(d).length - 1);
	const best = Math.max(...counts);
	return best === 0 ? ',' : DELIMITERS[counts.indexOf(best)];
}

/** The header line's cells (trimmed), as detection reads them, without parsing the whole file. */
export function headerCells(text: string): string[] {
	const { offset } = headerStart(text);
	const end = text.indexOf('\n', offset);
	const line = text.slice(offset, end === -1 ? text.length : end).replace(/\r$/, '');
	const rows = dsvFormat(detectDelimiter(line)).parseRows(line);
	return (rows[0] ?? []).map((c) => c.trim());
}

/**
 * Appended to the text before parsing: when every quote is closed it comes back as a row of its
 * own; when one is not, d3 reads it into that open cell, which tells where the quote opened.
 */
const SENTINEL = '\n\u0000\u0000';

/** Parses CSV text; null (with the problem said) when it is empty, only a header, or a quote is open. */
export function readTable(file: string, text: string, problems: Problems): Table | null {
	const { offset, skipped } = headerStart(text);
	const body = text.slice(offset);
	if (body.trim() === '') {
		problems.error({}, 'is empty: there is no header row and no data');
		return null;
	}
	const firstLine = body.slice(0, (body.indexOf('\n') + 1 || body.length + 1) - 1);
	const delimiter = detectDelimiter(firstLine.replace(/\r$/, ''));
	const records = dsvFormat(delimiter).parseRows(body + SENTINEL);
	const last = records.pop();
	const headerRow = skipped + 1;
	if (last?.length !== 1 || last[0] !== '\u0000\u0000') {
		const open = last ?? [];
		const row = headerRow + records.length;
		const header = records.length > 0 ? (records[0] ?? []) : open;
		const column = header[open.length - 1]?.trim();
		problems.error(
			{ row, ...(column && records.length > 0 ? { column } : {}) },
			'a quoted cell is not closed: a " is missing, so the rest of the file was read into this cell'
		);
		return null;
	}
	const header = (records[0] ?? []).map((c) => c.trim());
	const rows: TableRow[] = [];
	for (let i = 1; i < records.length; i++) {
		const cells = records[i];
		if (cells.some((c) => c.trim() !== '')) rows.push({ row: headerRow + i, cells });
	}
	if (rows.length === 0) {
		problems.error(
			{ row: headerRow },
			'has only a header row and no data: add one row per event below it'
		);
		return null;
	}
	return { file, delimiter, header, headerRow, rows };
}

/** Reads cells by column name (trimmed, case-insensitive) and says where a cell is. */
export class Columns {
	private readonly index = new Map<string, number>();
	constructor(readonly table: Table) {
		table.header.forEach((name, i) => {
			const key = name.toLowerCase();
			if (key !== '' && !this.index.has(key)) this.index.set(key, i);
		});
	}
	has(name: string): boolean {
		return this.index.has(name.toLowerCase());
	}
	/** The trimmed cell, '' when the column is absent. */
	get(row: TableRow, name: string): string {
		const i = this.index.get(name) ?? this.index.get(name.toLowerCase());
		return i === undefined ? '' : (row.cells[i] ?? '').trim();
	}
	/** The row and the column's header as the file writes it. */
	at(row: TableRow | number, name: string): Where {
		const i = this.index.get(name.toLowerCase());
		return {
			row: typeof row === 'number' ? row : row.row,
			column: i === undefined ? name : this.table.header[i]
		};
	}
	/** Header names not in `known` (lowercase), as written. */
	unknown(known: (name: string) => boolean): string[] {
		return this.table.header.filter((h) => h !== '' && !known(h.toLowerCase()));
	}
}

/**
 * A number as a spreadsheet writes it: `34.93`, or `34,93` with a decimal comma (European Excel,
 * `;`-delimited files). Null when it is not one.
 */
export function readNumber(text: string): number | null {
	const t = text.trim();
	const plain = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return null;
	return Number(plain);
}
