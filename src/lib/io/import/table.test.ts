import { describe, expect, it } from 'vitest';
import { formatImportProblem, importFiles } from './index.ts';
import { detectDelimiter, readNumber } from './table.ts';

const CSV =
	'id,title,date,summary,place,lat,lon\na,Événement,2024-03-26,"one, two",Besham,34.92,72.87\n';
const EXPECTED = {
	id: 'a',
	title: 'Événement',
	date: '2024-03-26',
	summary: 'one, two',
	place: { name: 'Besham', lat: 34.92, lon: 72.87 }
};

const utf16 = (text: string, bigEndian: boolean) => {
	const out = new Uint8Array(2 + text.length * 2);
	out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
	}
	return out;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const run = (bytes: Uint8Array, name = 'events.csv') => importFiles([{ name, bytes }]);
const events = (bytes: Uint8Array) => {
	const r = run(bytes);
	expect(r.problems.map(formatImportProblem)).toEqual([]);
	return (r.dataset as { events: unknown[] }).events;
};
const errors = (bytes: Uint8Array, name?: string) =>
	run(bytes, name).problems.map(formatImportProblem);

describe('encodings and dialects', () => {
	it.each([
		['UTF-8', utf8(CSV)],
		['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)])],
		['UTF-16LE with its mark', utf16(CSV, false)],
		['UTF-16BE with its mark', utf16(CSV, true)],
		['CRLF line ends', utf8(CSV.replace(/\n/g, '\r\n'))],
		[
			'European Excel: ";" and decimal commas',
			utf8(
				'id;title;date;summary;place;lat;lon\r\na;Événement;2024-03-26;one, two;Besham;34,92;72,87\r\n'
			)
		],
		[
			'tab-delimited',
			utf8(
				'id\ttitle\tdate\tsummary\tplace\tlat\tlon\na\tÉvénement\t2024-03-26\tone, two\tBesham\t34.92\t72.87\n'
			)
		],
		[
			'comment lines and empty trailing rows',
			utf8(`# Causeway export of "x": 1 of 1 events\n#\n${CSV},,,,,,\n\n`)
		]
	])('%s', (_, bytes) => {
		expect(events(bytes)).toEqual([EXPECTED]);
	});

	it('reads a quoted cell over several lines as one row, and counts rows as a spreadsheet does', () => {
		const text =
			'# note\nid,title,date,summary\na,A,2024,"line one\r\nline ""two"""\nb,B,2024-13,x\n';
		const r = run(utf8(text));
		expect(r.problems.map(formatImportProblem)).toEqual([
			'events.csv: row 4, column "date": "2024-13" is not a real date: there is no month 13'
		]);
		const ok = events(utf8(text.replace('2024-13', '2024')));
		expect(ok[0]).toEqual({ id: 'a', title: 'A', date: '2024', summary: 'line one\r\nline "two"' });
	});

	it('refuses Windows-1252 bytes with the byte offset, never mojibake', () => {
		const bytes = new Uint8Array([...utf8('title,date\nCaf'), 0xe9, ...utf8(' \x96 bar,2024\n')]);
		expect(errors(bytes)).toEqual([
			'events.csv: is not UTF-8 text: byte 14 (0xE9) is not valid UTF-8. Save the file as UTF-8; text from Windows-1252 or Latin-1 must be converted, not renamed'
		]);
	});

	it.each([
		['an empty file', '', 'events.csv: is empty: there is no header row and no data'],
		['only comments', '# nothing\n\n', 'events.csv: is empty: there is no header row and no data'],
		[
			'only a header',
			'# c\nid,title,date\r\n,,\r\n',
			'events.csv: row 2: has only a header row and no data: add one row per event below it'
		],
		[
			'an unterminated quote',
			'id,title,date\na,"Open,2024\nb,B,2024\n',
			'events.csv: row 2, column "title": a quoted cell is not closed: a " is missing, so the rest of the file was read into this cell'
		],
		[
			'an unknown header',
			'name,when\nx,2024\n',
			'events.csv: has a header Causeway does not know: "name", "when". Expected Causeway\'s template (id, title, date, endDate, …), TimelineJS\'s sheet (Year, Month, Day, …, Headline, Text, …) or an ACLED export (event_id_cnty, event_date, event_type, …)'
		]
	])('says %s clearly', (_, text, message) => {
		expect(errors(utf8(text))).toEqual([message]);
	});

	it('says UTF-16 without its byte-order mark', () => {
		expect(errors(utf16('title,date\n', false).subarray(2))).toEqual([
			'events.csv: contains NUL characters (the first at character 2): it may be UTF-16 text without a byte-order mark. Save it as UTF-8'
		]);
	});

	it('says a workbook is not CSV', () => {
		expect(errors(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'events.xlsx')).toEqual([
			'events.xlsx: is a spreadsheet workbook (.xlsx or .ods), not CSV: save or download it as CSV (UTF-8) and import that'
		]);
	});
});

describe('helpers', () => {
	it.each([
		['a,b;c', ','],
		['a;b;c,d', ';'],
		['a\tb\tc', '\t'],
		['"a;b",c', ','],
		['single', ',']
	])('the delimiter of %j is %j', (line, d) => {
		expect(detectDelimiter(line)).toBe(d);
	});

	it.each([
		['34.93', 34.93],
		['34,93', 34.93],
		['-33.9', -33.9],
		['+5', 5],
		['1e3', 1000],
		['', null],
		['1,234,5', null],
		['12a', null]
	])('reads %j as %j', (text, n) => {
		expect(readNumber(text)).toBe(n);
	});
});
