/**
 * Reading a dataset file's bytes into JSON without losing anything: strict decoding (UTF-8, with
 * or without a byte-order mark, or UTF-16 with one; anything else names the first bad byte),
 * syntax errors with their line and column and a hint for the usual causes, and keys repeated in
 * one object (JSON.parse would silently keep the last). The CLI and the browser both read files
 * through here, so the same file gets the same message. jsonc-parser's scanner gives positions;
 * the value itself comes from the native JSON.parse, which is fast on large files.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

export type Read<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const fail = (...problems: string[]): { ok: false; problems: string[] } => ({
	ok: false,
	problems
});

/** The byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const need =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		// Overlong forms, surrogates and code points past U+10FFFF.
		const c1 = bytes[i + 1];
		if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f)) return i;
		if ((b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
		i += need + 1;
	}
	return -1;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The text of a file's bytes: UTF-8 (a byte-order mark is dropped) or UTF-16 with its mark. */
export function decodeBytes(bytes: Uint8Array): Read<string> {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { ok: true, value: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { ok: true, value: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
	}
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(bom);
	// The platform's strict decoder checks well-formed text fastest; only a file it refuses is
	// searched byte by byte, for the offset the message names.
	try {
		return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(body) };
	} catch {
		// Not UTF-8: find where.
	}
	const bad = firstInvalidUtf8(body);
	if (bad !== -1) {
		return fail(
			`is not UTF-8 text: byte ${bad + bom} (${hex(body[bad])}) is not valid UTF-8. Save the file as UTF-8; text from Windows-1252 or Latin-1 must be converted, not renamed`
		);
	}
	return { ok: true, value: new TextDecoder('utf-8').decode(body) };
}

/** 1-based line and column of an offset (columns count UTF-16 code units, as editors do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

const at = (text: string, offset: number) => {
	const { line, column } = lineColumn(text, offset);
	return `line ${line}, column ${column}`;
};

const WORDS: Record<string, string> = {
	InvalidSymbol: 'this is not JSON',
	InvalidNumberFormat: 'this is not a number JSON allows',
	PropertyNameExpected: 'a name in double quotes was expected',
	ValueExpected: 'a value was expected',
	ColonExpected: 'a colon (:) was expected after the name',
	CommaExpected: 'a comma (,) was expected between two items',
	CloseBraceExpected: 'a closing } was expected',
	CloseBracketExpected: 'a closing ] was expected',
	EndOfFileExpected: 'the file should end here: there is more after the dataset',
	InvalidCommentToken: 'JSON allows no comments: remove it',
	UnexpectedEndOfComment: 'JSON allows no comments: remove it',
	UnexpectedEndOfString: 'this string is not closed: a " is missing',
	UnexpectedEndOfNumber: 'this number is cut short',
	InvalidUnicode: 'this \\u escape is not four hex digits',
	InvalidEscapeCharacter: 'this backslash escape is not one JSON knows',
	InvalidCharacter: 'this character must be escaped inside a string'
};

/** What went wrong at `offset`, with a hint for the usual causes. */
function syntaxHint(text: string, code: ParseErrorCode, offset: number): string {
	const name = printParseErrorCode(code);
	const here = text[offset];
	const before = text.slice(0, offset).trimEnd().at(-1);
	if (here === "'") return 'JSON needs double quotes ("), not single quotes';
	if ((here === '}' || here === ']') && before === ',') {
		return `JSON allows no comma before a closing ${here}: remove the comma`;
	}
	if (name === 'InvalidSymbol' && /[A-Za-z_$]/.test(here ?? '') && before !== ':') {
		return 'names need double quotes in JSON ("name": …)';
	}
	if (
		(name === 'CloseBraceExpected' || name === 'CloseBracketExpected') &&
		offset >= text.trimEnd().length
	) {
		return `the file ends before its last ${name === 'CloseBraceExpected' ? '}' : ']'}: it may be cut short`;
	}
	return WORDS[name] ?? name;
}

interface ObjectKeys {
	names: string[];
	offsets: number[];
	/** Built once an object has many keys. */
	index: Map<string, number> | null;
}

const LIST_KEYS = 16;

function firstOffset(keys: ObjectKeys, name: string): number | undefined {
	if (keys.index) return keys.index.get(name);
	const i = keys.names.indexOf(name);
	return i === -1 ? undefined : keys.offsets[i];
}

function addKey(keys: ObjectKeys, name: string, offset: number): void {
	if (keys.index) {
		keys.index.set(name, offset);
		return;
	}
	keys.names.push(name);
	keys.offsets.push(offset);
	if (keys.names.length > LIST_KEYS) {
		keys.index = new Map(keys.names.map((n, i) => [n, keys.offsets[i]]));
	}
}

/** How to read: `checkKeys: false` when another reader looks for repeated keys in parallel. */
export interface ReadJsonOptions {
	checkKeys?: boolean;
}

/**
 * Parses JSON text. Every key repeated in one object is a problem (JSON.parse keeps the last and
 * the first is lost); a syntax error is one problem, with its line, column and a hint. Problems
 * read after the file's name: `line 3, column 5: JSON allows no comments: remove it`. With
 * `checkKeys: false`, valid JSON is not searched for repeated keys: for a reader that has
 * another one (a second worker: io/load.ts) search the same text at the same time.
 */
export function readJson(input: string, { checkKeys = true }: ReadJsonOptions = {}): Read<unknown> {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (text.trim() === '') {
		return fail('is empty: a dataset is a JSON object with an "events" array');
	}
	if (/^\s*</.test(text)) {
		return fail(
			'is an HTML or XML page, not JSON: the address may point at a web page rather than at the data file'
		);
	}
	let value: unknown;
	let syntax = true;
	try {
		value = JSON.parse(text);
		syntax = false;
	} catch {
		// Found again below, with its position.
	}
	if (!syntax && !checkKeys) return { ok: true, value };
	const problems: string[] = [];
	// The names seen in each open object (null for an array). Most objects have a few keys: a
	// list is cheaper than a map for them, and a map takes over for a large one.
	const keys: (ObjectKeys | null)[] = [];
	visit(
		text,
		{
			onObjectBegin: () => void keys.push({ names: [], offsets: [], index: null }),
			onObjectEnd: () => void keys.pop(),
			onArrayBegin: () => void keys.push(null),
			onArrayEnd: () => void keys.pop(),
			onObjectProperty: (name, offset) => {
				const seen = keys.at(-1);
				if (!seen) return;
				const first = firstOffset(seen, name);
				if (first === undefined) addKey(seen, name, offset);
				else {
					problems.push(
						`${at(text, offset)}: the key ${JSON.stringify(name)} appears twice in one object (first at ${at(text, first)}); JSON keeps only the last, so the first would be lost`
					);
				}
			},
			onError: (code, offset) => {
				if (syntax && problems.every((p) => !p.startsWith('syntax:'))) {
					problems.unshift(`syntax:${at(text, offset)}: ${syntaxHint(text, code, offset)}`);
				}
			}
		},
		{ disallowComments: true, allowTrailingComma: false }
	);
	if (syntax) {
		const first = problems.find((p) => p.startsWith('syntax:'));
		return fail(first ? first.slice('syntax:'.length) : 'is not valid JSON');
	}
	return problems.length > 0 ? fail(...problems) : { ok: true, value };
}

/** Bytes to JSON: decoding, then parsing, with the problems of whichever fails. */
export function readJsonBytes(bytes: Uint8Array, opts: ReadJsonOptions = {}): Read<unknown> {
	const text = decodeBytes(bytes);
	return text.ok ? readJson(text.value, opts) : text;
}
