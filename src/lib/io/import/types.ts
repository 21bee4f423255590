/**
 * What an import takes and gives: the files as the user gave them, the dataset in the author
 * (raw JSON) form, and problems that name the file, the spreadsheet row and the column (or, for
 * JSON input, the path), worded like the validator's (`events.csv: row 12, column "date": …`).
 */

import type { ValidationResult } from '../../model/validate.ts';

export type ImportFormat = 'template' | 'timelinejs' | 'timelinejs-json' | 'acled';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
	'template',
	'timelinejs',
	'timelinejs-json',
	'acled'
];

export interface ImportProblem {
	level: 'error' | 'warning';
	file: string;
	/** The row a spreadsheet shows: the header is row 1, comment lines count, a multi-line cell is one row. */
	row?: number;
	/** The column's header as the file writes it. */
	column?: string;
	/** For JSON input: where in the file, e.g. `events[3].start_date.year`. */
	path?: string;
	message: string;
}

/** A file as the user gave it. */
export interface ImportInput {
	name: string;
	bytes: Uint8Array;
}

export interface ImportResult {
	/** Null when it could not be detected (then an error says what it saw). */
	format: ImportFormat | null;
	/** Author-form JSON that `validateDataset` accepts; null when errors stop it. */
	dataset: unknown | null;
	problems: ImportProblem[];
	/**
	 * The validator's run on `dataset` (its warnings, its normalised form), when there is a
	 * dataset, so that a caller need not validate a large file twice.
	 */
	validation?: ValidationResult;
}

export interface ImportOptions {
	format?: ImportFormat;
	/** The dataset's id; else a slug of the events file's name. */
	id?: string;
	/** The dataset's title; else what the file says (TimelineJS's title slide) or its name. */
	title?: string;
	/** The name the validator gives the result (its default id and title); the events file's name. */
	fileName?: string;
}

/** Where in a file something was read: a row and column, or a JSON path (and the file, if not this one). */
export type Where = Pick<ImportProblem, 'row' | 'column' | 'path'> & { file?: string };

/** `events.csv: row 12, column "date": "2024-13" is not a real date: there is no month 13`. */
export function formatImportProblem(p: ImportProblem): string {
	const place = [
		p.row === undefined ? '' : `row ${p.row}`,
		p.column === undefined ? '' : `column ${JSON.stringify(p.column)}`,
		p.path ?? ''
	]
		.filter(Boolean)
		.join(', ');
	const tag = p.level === 'warning' ? 'warning: ' : '';
	return `${p.file}: ${tag}${place ? `${place}: ` : ''}${p.message}`;
}

const placeKey = (p: ImportProblem) =>
	[p.file, p.row ?? '', p.column ?? '', p.path ?? ''].join('\u0000');

/**
 * A collector of problems, said of one file unless a problem names another. One error per place
 * (a cell, a JSON path): the first says what is wrong there, and what follows from it is not said.
 */
export class Problems {
	constructor(
		readonly file: string,
		readonly list: ImportProblem[] = [],
		private readonly errorAt = new Set<string>()
	) {}
	/** The same collector, said of another file. */
	forFile(file: string): Problems {
		return new Problems(file, this.list, this.errorAt);
	}
	error(where: Where, message: string): void {
		const problem: ImportProblem = { level: 'error', file: this.file, ...where, message };
		const key = placeKey(problem);
		if (this.errorAt.has(key)) return;
		this.errorAt.add(key);
		this.list.push(problem);
	}
	warning(where: Where, message: string): void {
		this.list.push({ level: 'warning', file: this.file, ...where, message });
	}
	get failed(): boolean {
		return this.list.some((p) => p.level === 'error');
	}
}
