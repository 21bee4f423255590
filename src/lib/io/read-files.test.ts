import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDatasetBytes } from '../model/read-dataset.ts';
import { readDatasetFiles } from './read-files.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: enc(text) });
const seed = readFileSync('data/azm-e-istehkam.json');

describe('readDatasetFiles', () => {
	it('reads Causeway JSON as the validator does', () => {
		const read = readDatasetFiles([{ name: 'azm.json', bytes: new Uint8Array(seed) }]);
		expect(read.format).toBe('causeway');
		expect(read.dataset?.events.length).toBeGreaterThan(40);
		expect(read.problems.filter((p) => p.level === 'error')).toEqual([]);
	});

	it('gives a bad JSON file the very lines the CLI prints, each at its path', () => {
		const bad = JSON.stringify({
			title: 'T',
			events: [
				{ id: 'a', title: 'A', date: '2024-02-30' },
				{ id: 'b', title: 'B' }
			]
		});
		const read = readDatasetFiles([file('bad.json', bad)]);
		expect(read.dataset).toBeNull();
		const cli = readDatasetBytes(enc(bad), 'bad.json');
		expect(read.problems.map((p) => p.text)).toEqual(cli.lines);
		expect(read.problems[0]).toMatchObject({
			file: 'bad.json',
			path: 'events[0] (id "a").date',
			message: '"2024-02-30" is not a real date: February 2024 has 29 days'
		});
	});

	it('imports a spreadsheet, and validates what it made', () => {
		const csv =
			'id,title,date,actors\r\na,First,2024-06-01,Army\r\nb,Second,2024-06~,Army;Police\r\n';
		const read = readDatasetFiles([file('events.csv', csv)]);
		expect(read.format).toBe('template');
		expect(read.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(read.dataset?.actors.map((a) => a.name)).toEqual(['Army', 'Police']);
		expect(read.raw).toMatchObject({ events: [{ id: 'a' }, { id: 'b' }] });
	});

	it('lists a broken spreadsheet’s problems by row and column, and makes no dataset', () => {
		const csv = 'id,title,date\na,First,2024-06-01\nb,Second,2024-13-01\n';
		const read = readDatasetFiles([file('events.csv', csv)]);
		expect(read.dataset).toBeNull();
		expect(read.raw).toBeNull();
		const [p] = read.problems;
		expect(p).toMatchObject({ level: 'error', file: 'events.csv', row: 3, column: 'date' });
		expect(p.text).toMatch(/^events\.csv: row 3, column "date": /);
	});

	it('reads a file as the format asked for', () => {
		const json = JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', date: '2024' }] });
		expect(readDatasetFiles([file('x.txt', json)], { format: 'causeway' }).format).toBe('causeway');
		const asAcled = readDatasetFiles([file('x.csv', 'id,title,date\na,A,2024\n')], {
			format: 'acled'
		});
		expect(asAcled.dataset).toBeNull();
		expect(asAcled.problems[0].level).toBe('error');
	});

	it('tells TimelineJS JSON from Causeway JSON by its slides, not by a guess', () => {
		const causeway = JSON.stringify({ events: [{ id: 'a', date: 5 }] });
		expect(readDatasetFiles([file('c.json', causeway)]).format).toBe('causeway');
		const slides = JSON.stringify({
			title: { text: { headline: 'Slides' } },
			events: [{ start_date: { year: 2024, month: 6 }, text: { headline: 'One' } }]
		});
		const read = readDatasetFiles([file('slides.json', slides)]);
		expect(read.format).toBe('timelinejs-json');
		expect(read.dataset?.events[0].date.text).toBe('2024-06');
	});
});
