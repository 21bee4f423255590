import { describe, expect, it } from 'vitest';
import { decodeBytes, readJson, readJsonBytes } from './json.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const problems = (text: string) => {
	const r = readJson(text);
	return r.ok ? [] : r.problems;
};

describe('decodeBytes', () => {
	it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
		expect(decodeBytes(utf8('{"a":"é"}'))).toEqual({ ok: true, value: '{"a":"é"}' });
		expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: '{}' });
		expect(decodeBytes(bytes(0xff, 0xfe, 0x7b, 0, 0x7d, 0))).toEqual({ ok: true, value: '{}' });
		expect(decodeBytes(bytes(0xfe, 0xff, 0, 0x7b, 0, 0x7d))).toEqual({ ok: true, value: '{}' });
	});

	it('names the first byte that is not UTF-8 (a Windows-1252 é)', () => {
		expect(decodeBytes(bytes(0x7b, 0x22, 0xe9, 0x22, 0x7d))).toEqual({
			ok: false,
			problems: [
				'is not UTF-8 text: byte 2 (0xE9) is not valid UTF-8. Save the file as UTF-8; text from Windows-1252 or Latin-1 must be converted, not renamed'
			]
		});
		// Overlong and surrogate forms are not UTF-8 either.
		expect(decodeBytes(bytes(0xc0, 0xaf)).ok).toBe(false);
		expect(decodeBytes(bytes(0x20, 0xed, 0xa0, 0x80)).ok).toBe(false);
	});
});

describe('readJson', () => {
	it('reads JSON, dropping a byte-order mark', () => {
		expect(readJson('\uFEFF{"events":[]}')).toEqual({ ok: true, value: { events: [] } });
	});

	it('says what an empty file, an HTML page or a cut file is', () => {
		expect(problems(' \n')).toEqual([
			'is empty: a dataset is a JSON object with an "events" array'
		]);
		expect(problems('<!doctype html><html></html>')).toEqual([
			'is an HTML or XML page, not JSON: the address may point at a web page rather than at the data file'
		]);
		expect(problems('{"events": [\n')).toEqual([
			'line 2, column 1: the file ends before its last ]: it may be cut short'
		]);
	});

	it('gives the line, the column and a hint for comments, trailing commas and quotes', () => {
		expect(problems('{\n  "events": [] // none yet\n}')).toEqual([
			'line 2, column 16: JSON allows no comments: remove it'
		]);
		expect(problems('{"events": [1, 2,]}')).toEqual([
			'line 1, column 18: JSON allows no comma before a closing ]: remove the comma'
		]);
		expect(problems("{'events': []}")).toEqual([
			'line 1, column 2: JSON needs double quotes ("), not single quotes'
		]);
		expect(problems('{events: []}')).toEqual([
			'line 1, column 2: names need double quotes in JSON ("name": …)'
		]);
	});

	it('reports every key repeated in one object, where it is, instead of keeping the last', () => {
		expect(problems('{\n"events": [],\n"title": "a",\n"events": [{"id": "x"}]\n}')).toEqual([
			'line 4, column 1: the key "events" appears twice in one object (first at line 2, column 1); JSON keeps only the last, so the first would be lost'
		]);
		// The same key in two different objects is fine.
		expect(problems('[{"id": "a"}, {"id": "b"}]')).toEqual([]);
		// In an object of many keys too, and in a nested object with its own.
		const many = Array.from({ length: 40 }, (_, i) => `"k${i}": {"k${i}": ${i}}`).join(', ');
		expect(problems(`{${many}}`)).toEqual([]);
		expect(problems(`{${many}, "k7": 1}`)).toEqual([
			`line 1, column ${many.length + 4}: the key "k7" appears twice in one object (first at line 1, column ${many.indexOf('"k7"') + 2}); JSON keeps only the last, so the first would be lost`
		]);
	});

	it('reads bytes through both steps', () => {
		expect(readJsonBytes(utf8('{"a": 1}'))).toEqual({ ok: true, value: { a: 1 } });
		expect(readJsonBytes(bytes(0xff)).ok).toBe(false);
	});
});
