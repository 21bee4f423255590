/**
 * `npm run import -- <file> [--links links.csv] [--actors actors.csv]
 *   [--format template|timelinejs|timelinejs-json|acled] [-o data/<id>.json]`:
 * imports a spreadsheet (Causeway's template, TimelineJS's sheet as CSV), TimelineJS JSON or an
 * ACLED export as a Causeway dataset. It prints every problem of the import one per line (file,
 * row, column), then the validator's on the result, and a summary; writes the JSON to `-o` or to
 * stdout, and nothing when there is an error (exit 1).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	formatImportProblem,
	importFiles,
	IMPORT_FORMATS,
	type ImportFormat,
	type ImportInput
} from '../src/lib/io/import/index.ts';
import {
	formatProblem,
	summarise,
	validateDataset,
	type Problem
} from '../src/lib/model/validate.ts';

export interface Io {
	/** The JSON when there is no `-o`, and the summary when there is. */
	out: (text: string) => void;
	/** Problems, and the summary when the JSON goes to stdout. */
	err: (line: string) => void;
	writeFile: (path: string, text: string) => void;
}

const processIo: Io = {
	out: (text) => process.stdout.write(text),
	err: (line) => process.stderr.write(`${line}\n`),
	writeFile: (path, text) => {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
};

const USAGE =
	'usage: npm run import -- <file> [--links links.csv] [--actors actors.csv] [--format template|timelinejs|timelinejs-json|acled] [-o data/<id>.json]';

interface Args {
	file: string;
	links?: string;
	actors?: string;
	format?: ImportFormat;
	output?: string;
}

function parseArgs(argv: string[]): Args | string {
	const files: string[] = [];
	const args: Partial<Args> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('-')) throw new Error(`${a} needs a value`);
			return v;
		};
		try {
			if (a === '--links') args.links = value();
			else if (a === '--actors') args.actors = value();
			else if (a === '-o' || a === '--output') args.output = value();
			else if (a === '--format') {
				const f = value();
				if (!IMPORT_FORMATS.includes(f as ImportFormat)) {
					return `--format ${f} is not a format: use ${IMPORT_FORMATS.join(', ')}`;
				}
				args.format = f as ImportFormat;
			} else if (a.startsWith('-') && a !== '-') return `${a} is not an option`;
			else files.push(a);
		} catch (e) {
			return (e as Error).message;
		}
	}
	if (files.length !== 1) return files.length === 0 ? 'no file given' : 'give one events file';
	return { ...args, file: files[0] };
}

/** Repeated warnings (the same message at the same field of many items) said once with a count. */
export function warningLines(file: string, problems: Problem[], raw: unknown): string[] {
	const groups = new Map<string, Problem[]>();
	for (const p of problems) {
		const key = `${p.path.map((k) => (typeof k === 'number' ? '[]' : k)).join('.')}\u0000${p.message}`;
		const list = groups.get(key);
		if (list) list.push(p);
		else groups.set(key, [p]);
	}
	return [...groups.values()].map((list) => {
		const line = formatProblem(file, list[0], raw);
		return list.length > 1 ? `${line} (and ${list.length - 1} more like it)` : line;
	});
}

export function main(argv: string[], io: Io = processIo): number {
	const args = parseArgs(argv);
	if (typeof args === 'string') {
		io.err(`${args}\n${USAGE}`);
		return 2;
	}
	const inputs: ImportInput[] = [];
	for (const path of [args.file, args.links, args.actors]) {
		if (path === undefined) continue;
		try {
			inputs.push({ name: path, bytes: new Uint8Array(readFileSync(path)) });
		} catch (e) {
			io.err(`${path}: cannot be read: ${(e as Error).message}`);
			return 1;
		}
	}
	const id = args.output ? basename(args.output, extname(args.output)) : undefined;
	const name = args.output ?? args.file;
	const result = importFiles(inputs, { format: args.format, id, fileName: name });
	for (const p of result.problems) io.err(formatImportProblem(p));
	const errors = result.problems.filter((p) => p.level === 'error').length;
	if (result.dataset === null) {
		io.err(
			`${args.file}: not imported: ${errors} error${errors === 1 ? '' : 's'}; nothing was written`
		);
		return 1;
	}
	const checked = result.validation ?? validateDataset(result.dataset, name);
	const said = checked.problems.filter((p) => p.level === 'error');
	for (const line of said.map((p) => formatProblem(name, p, result.dataset))) io.err(line);
	const warnings = checked.problems.filter((p) => p.level === 'warning');
	for (const line of warningLines(name, warnings, result.dataset)) io.err(line);
	if (!checked.dataset) {
		io.err(`${args.file}: not imported: the result does not validate; nothing was written`);
		return 1;
	}
	const json = `${JSON.stringify(result.dataset, null, '\t')}\n`;
	const summary = `${args.file}: imported (${result.format}): ${summarise(checked.dataset, checked.problems)}`;
	if (args.output) {
		io.writeFile(args.output, json);
		io.out(`${summary}; written to ${args.output}\n`);
	} else {
		io.err(summary);
		io.out(json);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
