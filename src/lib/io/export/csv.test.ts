import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../model/fixture.ts';
import { neutralise } from '../template.ts';
import { actorCells, actorsCsv, eventsCsv, linksCsv, sourceColumns } from './csv.ts';
import { seedDataset, viewOf } from './testing.ts';
import type { ExportFile } from './view.ts';

/** The comment lines and the parsed rows of a file, after checking BOM and CRLF. */
function read(file: ExportFile): { comments: string[]; rows: string[][] } {
	expect(file.text.startsWith('\uFEFF')).toBe(true);
	expect(file.text.endsWith('\r\n')).toBe(true);
	const body = file.text.slice(1);
	const lines = body.split('\r\n');
	const comments = lines.filter((l) => l.startsWith('#'));
	const rest = body.slice(comments.reduce((n, c) => n + c.length + 2, 0));
	return { comments, rows: csvParseRows(rest) };
}

const dataset = datasetOf({
	id: 'tiny',
	title: 'Tiny, "quoted"',
	actors: [
		{ id: 'ttp', name: 'Tehrik-i-Taliban Pakistan (TTP)', kind: 'armed-group' },
		{ id: 'gov', name: 'Government; cabinet' },
		{ id: 'twin-1', name: 'Twin' },
		{ id: 'twin-2', name: 'twin' },
		{ id: 'x', name: 'gov' },
		{ id: 'self', name: 'SELF' }
	],
	events: [
		{
			id: 'e1',
			title: '=HYPERLINK("https://evil.example","click")',
			date: '2024-06~',
			endDate: '2024-07-02',
			dateAsWritten: 'early June',
			kind: 'attack',
			actors: ['ttp', 'gov', 'twin-1', 'twin-2', 'x', 'self'],
			summary: 'Line one,\nline "two"',
			place: { name: 'Cape Town', lat: -33.9, lon: 18.4 },
			tags: ['cpec', 'security'],
			sources: [
				{ title: 'A', url: 'https://a.example/', publisher: 'Dawn', date: '2024-06-08' },
				{ title: 'B' },
				{ title: '@SUM(A1)', url: 'https://c.example/' }
			]
		},
		{ id: 'e2', title: 'Two', date: '2024-08', status: 'forecast', summary: '-x' }
	],
	links: [
		{
			from: 'e1',
			to: 'e2',
			label: 'likely led to',
			basis: 'inferred',
			hedge: 'likely',
			note: '+1',
			sources: [
				{ title: 'S1', url: 'https://s.example/' },
				{ title: 'S2', publisher: 'P' }
			]
		}
	]
});

describe('neutralise', () => {
	it.each([
		['=HYPERLINK("https://evil.example")', `'=HYPERLINK("https://evil.example")`],
		['+1', "'+1"],
		['-x', "'-x"],
		['@SUM(A1:A3)', "'@SUM(A1:A3)"],
		['\tindent', "'\tindent"],
		['\rreturn', "'\rreturn"],
		['-33.9', '-33.9'],
		['-1', '-1'],
		['2024-06', '2024-06'],
		['plain text', 'plain text'],
		['', '']
	])('%j → %j', (cell, expected) => {
		expect(neutralise(cell)).toBe(expected);
	});
});

describe('actorCells', () => {
	it('writes names, and ids where a name could be split or taken for another actor', () => {
		expect(Object.fromEntries(actorCells(dataset.actors))).toEqual({
			ttp: 'Tehrik-i-Taliban Pakistan (TTP)',
			gov: 'gov',
			'twin-1': 'twin-1',
			'twin-2': 'twin-2',
			x: 'x',
			self: 'SELF'
		});
	});
});

describe('sourceColumns', () => {
	it('numbers the groups after the first', () => {
		expect(sourceColumns(2)).toEqual([
			'source_title',
			'source_url',
			'source_publisher',
			'source_date',
			'source_title_2',
			'source_url_2',
			'source_publisher_2',
			'source_date_2'
		]);
	});
});

describe('events.csv', () => {
	it('writes comments, header and rows, quoted and neutralised', () => {
		const file = eventsCsv(viewOf(dataset, undefined, undefined, 'https://c.example/?q=1'));
		expect(file.name).toBe('tiny-events.csv');
		expect(file.type).toBe('text/csv;charset=utf-8');
		const { comments, rows } = read(file);
		// RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.
		expect(file.text).toContain(`\r\ne1,"'=HYPERLINK(""https://evil.example"",""click"")",`);
		expect(file.text).toContain(`,"Line one,\nline ""two""",`);
		expect(comments).toEqual([
			'# Causeway export: Tiny, "quoted": all 2 events',
			'# Actors are written by name; actors.csv maps them to ids. Attributions, periods and stories are in the JSON export.',
			'# View: https://c.example/?q=1'
		]);
		expect(rows[0]).toEqual([
			'id',
			'title',
			'date',
			'endDate',
			'dateAsWritten',
			'kind',
			'status',
			'actors',
			'summary',
			'place',
			'lat',
			'lon',
			'tags',
			...sourceColumns(3)
		]);
		expect(rows.slice(1)).toEqual([
			[
				'e1',
				`'=HYPERLINK("https://evil.example","click")`,
				'2024-06~',
				'2024-07-02',
				'early June',
				'attack',
				'reported',
				'Tehrik-i-Taliban Pakistan (TTP); gov; twin-1; twin-2; x; SELF',
				'Line one,\nline "two"',
				'Cape Town',
				'-33.9',
				'18.4',
				'cpec; security',
				...['A', 'https://a.example/', 'Dawn', '2024-06-08'],
				...['B', '', '', ''],
				...["'@SUM(A1)", 'https://c.example/', '', '']
			],
			[
				'e2',
				'Two',
				'2024-08',
				'',
				'',
				'other',
				'forecast',
				'',
				"'-x",
				'',
				'',
				'',
				'',
				...Array(12).fill('')
			]
		]);
	});

	it('has one source group when no event has a source', () => {
		const { rows } = read(eventsCsv(viewOf(dataset, (e) => e.id === 'e2', 'kinds: other')));
		expect(rows[0].slice(-4)).toEqual(sourceColumns(1));
		expect(rows).toHaveLength(2);
	});

	it('says a filtered view in its first comment', () => {
		const file = eventsCsv(viewOf(dataset, (e) => e.id === 'e2', 'status: forecast'));
		expect(file.name).toBe('tiny-events-filtered.csv');
		expect(read(file).comments[0]).toBe(
			'# Causeway export: Tiny, "quoted": 1 of 2 events, filtered by status: forecast'
		);
	});
});

describe('links.csv', () => {
	it('writes each link with its first source and says what is left out', () => {
		const file = linksCsv(viewOf(dataset));
		expect(file.name).toBe('tiny-links.csv');
		expect(read(file)).toEqual({
			comments: [
				'# Causeway export: Tiny, "quoted": all 2 events',
				'# 1 link between these events.',
				'# Only the first source of each link is here, with its title and URL; every source is in the JSON export.'
			],
			rows: [
				['from', 'to', 'label', 'basis', 'hedge', 'note', 'source_title', 'source_url'],
				['e1', 'e2', 'likely led to', 'inferred', 'likely', "'+1", 'S1', 'https://s.example/']
			]
		});
	});

	it('leaves out links with an end outside the view', () => {
		const { comments, rows } = read(linksCsv(viewOf(dataset, (e) => e.id === 'e1', 'q: x')));
		expect(comments[1]).toBe('# 0 links between these events.');
		expect(rows).toHaveLength(1);
	});
});

describe('actors.csv', () => {
	it('maps the actors the events name to their ids', () => {
		const { comments, rows } = read(actorsCsv(viewOf(dataset)));
		expect(comments[1]).toBe('# 6 actors named by these events.');
		expect(rows[0]).toEqual(['id', 'name', 'kind', 'description']);
		expect(rows[1]).toEqual(['ttp', 'Tehrik-i-Taliban Pakistan (TTP)', 'armed-group', '']);
		expect(rows).toHaveLength(7);
	});
});

describe('the seed dataset', () => {
	it('writes every event, with as many source groups as the longest list needs', () => {
		const seed = seedDataset();
		const { rows } = read(eventsCsv(viewOf(seed)));
		const most = Math.max(...seed.events.map((e) => e.sources.length));
		expect(rows[0]).toHaveLength(13 + 4 * most);
		expect(rows.slice(1).map((r) => r[0])).toEqual(seed.events.map((e) => e.id));
		expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
	});
});
