import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../model/validate.ts';
import { formatImportProblem, importFiles, type ImportInput } from './index.ts';

const utf8 = (name: string, text: string): ImportInput => ({
	name,
	bytes: new TextEncoder().encode(text)
});
const shipped = (name: string): ImportInput => ({
	name,
	bytes: new Uint8Array(readFileSync(`static/templates/${name}`))
});
const lines = (files: ImportInput[]) => importFiles(files).problems.map(formatImportProblem);
type Raw = {
	actors: { id: string; name: string }[];
	events: Record<string, unknown>[];
	links?: Record<string, unknown>[];
};
const dataset = (files: ImportInput[]) => {
	const r = importFiles(files);
	expect(r.problems.filter((p) => p.level === 'error')).toEqual([]);
	return r.dataset as Raw;
};

describe('the shipped template', () => {
	it('imports with its links and actors and validates with no error', () => {
		const files = ['events.csv', 'links.csv', 'actors.csv'].map(shipped);
		const r = importFiles(files);
		expect(r.format).toBe('template');
		expect(r.problems).toEqual([]);
		const v = validateDataset(r.dataset, 'events.csv');
		expect(v.problems).toEqual([]);
		expect(v.dataset?.events.map((e) => e.id)).toEqual([
			'dasu-bus-attack-2021',
			'besham-attack',
			'beijing-visit',
			'joint-statement',
			'liu-jianchao-warning',
			'azm-launch'
		]);
		expect(v.dataset?.links.map((l) => l.basis)).toEqual([
			'inferred',
			'inferred',
			'reported',
			'reported',
			'reported',
			'inferred',
			'context'
		]);
		// Actors written by name in events.csv ("China Gezhouba Group Company (CGGC)") are the listed ones.
		expect(v.dataset?.actors.map((a) => a.id)).toEqual([
			'pakistan-government',
			'pakistan-army',
			'china',
			'chinese-nationals',
			'cggc'
		]);
		// azm-launch's second source comes from a row of its own below it.
		expect(v.dataset?.events.at(-1)?.sources.map((s) => s.publisher)).toEqual([
			'Business Recorder (PM Office press release)',
			'NewsX'
		]);
	});
});

describe('template events', () => {
	it('matches actors by id, then by name (trimmed, case-insensitive), else makes new ones', () => {
		const d = dataset([
			utf8(
				'events.csv',
				'title,date,actors\nA,2024,ttp; pakistan army ; Café Owners\nB,2024,Café owners;TTP\n'
			),
			utf8('actors.csv', 'id,name\nttp,Tehrik-i-Taliban Pakistan\npak-army,Pakistan Army\n')
		]);
		expect(d.actors).toEqual([
			{ id: 'ttp', name: 'Tehrik-i-Taliban Pakistan' },
			{ id: 'pak-army', name: 'Pakistan Army' },
			{ id: 'cafe-owners', name: 'Café Owners' }
		]);
		expect(d.events.map((e) => e.actors)).toEqual([
			['ttp', 'pak-army', 'cafe-owners'],
			['cafe-owners', 'ttp']
		]);
	});

	it('makes ids from titles, unique, and keeps the ids written', () => {
		const d = dataset([
			utf8(
				'events.csv',
				'id,title,date\n,Besham attack,2024-03-26\nbesham-attack-2,X,2024\n,Besham attack,2024-03-27\n'
			)
		]);
		expect(d.events.map((e) => e.id)).toEqual([
			'besham-attack',
			'besham-attack-2',
			'besham-attack-3'
		]);
	});

	it('reads sources in numbered columns and in rows below the event', () => {
		const d = dataset([
			utf8(
				'events.csv',
				[
					'id,title,date,source_title,source_url,source_publisher,source_date,source_title_2,source_url_2',
					'a,A,2024,One,https://one.example/1,Dawn,2024-01-02,Two,https://two.example/2',
					'a,,,Three,https://three.example/3,,,,',
					',,,,https://four.example/4,,,,',
					'b,B,2024,,,,,,'
				].join('\n')
			)
		]);
		expect(d.events[0].sources).toEqual([
			{ title: 'One', url: 'https://one.example/1', publisher: 'Dawn', date: '2024-01-02' },
			{ title: 'Two', url: 'https://two.example/2' },
			{ title: 'Three', url: 'https://three.example/3' },
			{ title: 'four.example', url: 'https://four.example/4' }
		]);
		expect(d.events[1]).toEqual({ id: 'b', title: 'B', date: '2024' });
	});

	it('reads place, numbers, tags, kinds and statuses; omits empty fields', () => {
		const d = dataset([
			utf8(
				'events.csv',
				'title,date,endDate,dateAsWritten,kind,status,summary,place,lat,lon,tags\nA,2024-06~,2024-07,early June,Attack,Forecast,S,Besham,34.92,-72.5,cpec; ttp;\n'
			)
		]);
		expect(d.events[0]).toEqual({
			id: 'a',
			title: 'A',
			date: '2024-06~',
			endDate: '2024-07',
			dateAsWritten: 'early June',
			kind: 'attack',
			status: 'forecast',
			summary: 'S',
			place: { name: 'Besham', lat: 34.92, lon: -72.5 },
			tags: ['cpec', 'ttp']
		});
	});

	it("reads a cell neutralised against formulas without its quote; a plain '-33.9 stays", () => {
		const d = dataset([
			utf8(
				'events.csv',
				"title,date,summary,tags,place,lon\n'=SUM(A1),2024,'+1 more,'@home,Cape Town,-33.9\n"
			)
		]);
		expect(d.events[0]).toMatchObject({ title: '=SUM(A1)', summary: '+1 more', tags: ['@home'] });
		expect(d.events[0].place).toEqual({ name: 'Cape Town', lon: -33.9 });
	});

	it('says the validator’s errors at the row and column they came from', () => {
		expect(
			lines([
				utf8(
					'events.csv',
					'# exported\nid,title,Date,kind,lat,place\na,A,2024-13,attack,,\na,B,2024,war,91,X\nc,C,,other,abc,Y\n'
				)
			])
		).toEqual([
			'events.csv: row 5, column "lat": "abc" is not a number',
			'events.csv: row 3, column "Date": "2024-13" is not a real date: there is no month 13',
			'events.csv: row 4, column "kind": "war" should be one of attack, diplomacy, military-operation, political, economic, publication, report, statement, other',
			'events.csv: row 4, column "lat": Invalid value: Expected <=90 but received 91',
			'events.csv: row 4, column "id": "a" is already used by events[0]',
			'events.csv: row 5, column "Date": is required'
		]);
	});

	it('says a date the spreadsheet reformatted, with what to do', () => {
		expect(lines([utf8('events.csv', 'title,date,endDate\nA,26/03/2024,3.4.24\n')])).toEqual([
			'events.csv: row 2, column "date": "26/03/2024" is not a date of the form YYYY-MM-DD: the spreadsheet may have reformatted it. Write it as YYYY-MM-DD (e.g. 2024-03-26) in a column formatted as text',
			'events.csv: row 2, column "endDate": "3.4.24" is not a date of the form YYYY-MM-DD: the spreadsheet may have reformatted it. Write it as YYYY-MM-DD (e.g. 2024-03-26) in a column formatted as text'
		]);
	});

	it('warns once of unknown columns and says what is missing', () => {
		expect(lines([utf8('events.csv', 'title,date,colour,size\nA,2024,red,2\n')])).toEqual([
			'events.csv: warning: row 1: the columns "colour", "size" are not in the template and are ignored; the template\'s columns are id, title, date, enddate, dateaswritten, kind, status, actors, summary, place, lat, lon, tags and source_title, source_url, source_publisher, source_date (…_2, …_3 for more)'
		]);
		expect(
			lines([
				utf8('events.csv', 'title,date\n,\n,,\nA,2024\n'),
				utf8('links.csv', 'from,label\na,b\n')
			])
		).toEqual(['links.csv: row 1: the column "to" is missing; the header has "from", "label"']);
	});

	it('says a row with neither title nor an event above it', () => {
		expect(lines([utf8('events.csv', 'id,title,date,source_url\n,,,https://x.example\n')])).toEqual(
			[
				'events.csv: row 2, column "title": has no title, and there is no event above to add its sources to'
			]
		);
	});

	it('reads links with their sources and says a link to a missing event at its row', () => {
		const files = [
			utf8('events.csv', 'id,title,date\na,A,2024-01\nb,B,2024-02\n'),
			utf8(
				'my-links.csv',
				'from,to,label,basis,hedge,note,source_title,source_url\na,b,led to,Inferred,likely,N,Art,https://a.example\nb,zz,,,,,,\n'
			)
		];
		const r = importFiles(files);
		expect(r.problems.map(formatImportProblem)).toEqual([
			'my-links.csv: row 3, column "to": "zz" is not the id of any event'
		]);
		expect(r.dataset).toBeNull();
		const ok = dataset([
			files[0],
			utf8('links.csv', 'from,to,basis,source_url\na,b,Inferred,https://a.example\n')
		]);
		expect(ok.links).toEqual([
			{
				from: 'a',
				to: 'b',
				basis: 'inferred',
				sources: [{ title: 'a.example', url: 'https://a.example' }]
			}
		]);
	});
});
