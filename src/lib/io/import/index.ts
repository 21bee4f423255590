/**
 * Importers: files in other formats (Causeway's spreadsheet template, TimelineJS's sheet as CSV
 * or its JSON, ACLED's CSV exports) into a Causeway dataset in the author form, with every
 * problem located by file, row and column. The result is checked with the validator, whose
 * errors are said at the rows they came from; the caller validates it again for its warnings.
 */
import { importAcled } from './acled.ts';
import { detectFormat, templatePart, undetected } from './detect.ts';
import { Origins, reportValidation } from './origin.ts';
import type { RawImport } from './raw.ts';
import { slugify } from './slug.ts';
import { decodeInput, readTable } from './table.ts';
import { importTemplate, type TemplateTables } from './template.ts';
import { importSlides } from './timelinejs.ts';
import { jsonSlides } from './timelinejs-json.ts';
import { sheetSlides } from './timelinejs-sheet.ts';
import { Problems, type ImportInput, type ImportOptions, type ImportResult } from './types.ts';

export { detectFormat } from './detect.ts';
export {
	formatImportProblem,
	IMPORT_FORMATS,
	type ImportFormat,
	type ImportInput,
	type ImportOptions,
	type ImportProblem,
	type ImportResult
} from './types.ts';

const baseName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/** A zip archive (an .xlsx or .ods workbook) instead of CSV text. */
const isWorkbook = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function decodeAll(files: ImportInput[], problems: Problems): (string | null)[] {
	return files.map((f) => {
		const p = problems.forFile(f.name);
		if (isWorkbook(f.bytes)) {
			p.error(
				{},
				'is a spreadsheet workbook (.xlsx or .ods), not CSV: save or download it as CSV (UTF-8) and import that'
			);
			return null;
		}
		return decodeInput(f, p);
	});
}

function templateTables(
	files: ImportInput[],
	texts: string[],
	problems: Problems
): TemplateTables | null {
	const parts: Partial<TemplateTables> = {};
	files.forEach((f, i) => {
		const p = problems.forFile(f.name);
		const part = i === 0 ? 'events' : templatePart(f.name, texts[i]);
		if (part === null || (part === 'events' && i > 0) || parts[part]) {
			p.warning(
				{},
				'is ignored: it is not a links or actors file of the template (or a second one)'
			);
			return;
		}
		const table = readTable(f.name, texts[i], p);
		if (table) parts[part] = { table, problems: p };
	});
	return parts.events ? (parts as TemplateTables) : null;
}

/** The events file first; for the template also its optional links and actors files. */
export function importFiles(files: ImportInput[], opts: ImportOptions = {}): ImportResult {
	const first = files[0];
	const problems = new Problems(first?.name ?? '(no file)');
	if (!first) {
		problems.error({}, 'no file was given: import needs an events file');
		return { format: null, dataset: null, problems: problems.list };
	}
	const texts = decodeAll(files, problems);
	if (texts[0] === null) return { format: null, dataset: null, problems: problems.list };
	const format = opts.format ?? detectFormat(first.name, texts[0]);
	if (format === null) {
		problems.error({}, undetected(first.name, texts[0]));
		return { format, dataset: null, problems: problems.list };
	}
	if (format !== 'template') {
		for (const f of files.slice(1)) {
			problems
				.forFile(f.name)
				.warning(
					{},
					`is ignored: only the template reads more than one file, and ${first.name} is ${format}`
				);
		}
	}
	const origins = new Origins();
	let raw: RawImport | null = null;
	if (format === 'timelinejs-json')
		raw = importSlides(jsonSlides(texts[0], problems), problems, origins);
	else if (format === 'template') {
		const tables = texts.every((t) => t !== null)
			? templateTables(files, texts as string[], problems)
			: null;
		if (tables) raw = importTemplate(tables, origins);
	} else {
		const table = readTable(first.name, texts[0], problems);
		if (table && format === 'acled') raw = importAcled(table, problems, origins);
		if (table && format === 'timelinejs') {
			raw = importSlides(sheetSlides(table, problems), problems, origins);
		}
	}
	if (!raw) return { format, dataset: null, problems: problems.list };
	const { title, description, ...rest } = raw;
	const dataset = {
		id: opts.id ?? (slugify(baseName(first.name)) || 'imported'),
		title: opts.title ?? (title || baseName(first.name)),
		...(description ? { description } : {}),
		...rest
	};
	const validation = reportValidation(dataset, opts.fileName ?? first.name, origins, problems);
	if (problems.failed) return { format, dataset: null, problems: problems.list };
	return { format, dataset, problems: problems.list, validation };
}
