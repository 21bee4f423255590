/**
 * Any file a user brings, to a dataset: Causeway JSON through the validator (read-dataset.ts),
 * a spreadsheet, a TimelineJS sheet or JSON, or an ACLED export through the importers
 * (import/), then the validator. The one path of `/import`, `src=` with a CSV address and the
 * CLI, so the same file gets the same messages everywhere.
 */
import type { ReadJsonOptions } from '../model/json.ts';
import { readDatasetBytes } from '../model/read-dataset.ts';
import type { Dataset } from '../model/types.ts';
import { formatPath, validateDataset } from '../model/validate.ts';
import {
	detectFormat,
	formatImportProblem,
	importFiles,
	type ImportFormat,
	type ImportInput,
	type ImportOptions,
	type ImportProblem
} from './import/index.ts';

export type ReadFormat = ImportFormat | 'causeway';

export const FORMAT_NAMES: Record<ReadFormat, string> = {
	causeway: 'Causeway JSON',
	template: 'Causeway spreadsheet',
	timelinejs: 'TimelineJS sheet (CSV)',
	'timelinejs-json': 'TimelineJS JSON',
	acled: 'ACLED export (CSV)'
};

export interface FilesRead {
	/** What the files were read as; null when nothing could tell. */
	format: ReadFormat | null;
	/** The dataset, when it has no error (warnings allowed). */
	dataset: Dataset | null;
	/** Its author form, as a Causeway JSON file holds it. */
	raw: unknown;
	/** Every problem; `text` is the one line the CLI prints. */
	problems: (ImportProblem & { text: string })[];
}

const withText = (p: ImportProblem) => ({ ...p, text: formatImportProblem(p) });

/**
 * Whether a file is for the JSON reader: it starts (after a byte-order mark and white space)
 * like JSON or like an HTML page, or holds nothing, or is named `.json`; the JSON reader then
 * says what is wrong with it in JSON's terms ("this is an HTML page", "the file is empty").
 */
export function forJsonReader(file: ImportInput): boolean {
	const head = new TextDecoder().decode(file.bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
	return /\.json$/i.test(file.name) || /^\s*([{[<]|$)/.test(head);
}

/** Causeway JSON: the validator's own reading, each problem at its JSON path. */
function readCauseway(file: ImportInput, opts: ReadJsonOptions): FilesRead {
	const read = readDatasetBytes(file.bytes, file.name, opts);
	if (read.kind === 'not-json') {
		const problems = read.lines.map((line) =>
			withText({ level: 'error', file: file.name, message: line.slice(file.name.length + 2) })
		);
		return { format: null, dataset: null, raw: null, problems };
	}
	const problems = read.problems.map((p) =>
		withText({
			level: p.level,
			file: file.name,
			path: formatPath(p.path, read.raw),
			message: p.message
		})
	);
	const dataset = read.kind === 'ok' ? read.dataset : null;
	return { format: 'causeway', dataset, raw: dataset ? read.raw : null, problems };
}

/** Reads the files a user gave (the events file first) as `opts.format`, else as detected. */
export function readDatasetFiles(
	files: ImportInput[],
	opts: Omit<ImportOptions, 'format'> & { format?: ReadFormat } & ReadJsonOptions = {}
): FilesRead {
	const [first] = files;
	if (!first) return { format: null, dataset: null, raw: null, problems: [] };
	if (opts.format === 'causeway') return readCauseway(first, opts);
	if (!opts.format && files.length === 1 && forJsonReader(first)) {
		// TimelineJS's JSON only when its slides say so; anything else is the JSON reader's.
		const text = new TextDecoder().decode(first.bytes);
		const slides = /"start_date"\s*:/.test(text);
		if (!slides || detectFormat(first.name, text) !== 'timelinejs-json') {
			return readCauseway(first, opts);
		}
	}
	const imported = importFiles(files, { ...opts, format: opts.format });
	const problems = imported.problems.map(withText);
	if (!imported.dataset) return { format: imported.format, dataset: null, raw: null, problems };
	// The importer has validated what it made; its result says so, else validate here.
	const checked = imported.validation ?? validateDataset(imported.dataset, first.name);
	for (const p of checked.problems) {
		// Errors were reported at their rows by the importer; warnings are the validator's own.
		if (p.level === 'warning' || !checked.dataset) {
			problems.push(
				withText({
					level: p.level,
					file: first.name,
					path: formatPath(p.path, imported.dataset),
					message: p.message
				})
			);
		}
	}
	return {
		format: imported.format,
		dataset: checked.dataset ?? null,
		raw: checked.dataset ? imported.dataset : null,
		problems
	};
}
