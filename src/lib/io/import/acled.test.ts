import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../model/validate.ts';
import { acledDay } from './acled.ts';
import { formatImportProblem, importFiles } from './index.ts';

const HEADER =
	'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

const ROWS = [
	'PAK1001,2024-03-26,2024,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,3,Civilians (China),Civilians (Pakistan),7,37,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Shangla,,Besham,34.9200,72.8700,1,Dawn; Business Recorder,National,"On 26 March 2024, a suicide bomber rammed a convoy near Besham, killing five Chinese engineers and their driver.\nUpdate: TTP-linked network blamed.",6,,1711500000',
	'PAK1002,2024-03-20,2024,2,Political violence,Battles,Armed clash,Military Forces of Pakistan (2024-),Police Forces of Pakistan (2024-); Frontier Corps,1,BLA: Balochistan Liberation Army,,2,12,,586,Southern Asia,Pakistan,Balochistan,Gwadar,,Gwadar,25.1216,62.3254,1,"Dawn; The News International; Xinhua",National-International,"Militants attacked the Gwadar Port Authority complex; ""eight attackers"" killed, officials said.",10,,1711000000',
	'PAK1003,2024-06-15,2024,3,Demonstrations,Protests,Peaceful protest,Protesters (Pakistan),PTI: Pakistan Tehreek-i-Insaf,6,,,0,60,,586,Southern Asia,Pakistan,Islamabad Capital Territory,Islamabad,,Islamabad,33.6900,73.0500,1,Express Tribune,National,"In June 2024 (month of), PTI supporters protested, peacefully, against the operation.",0,,1719000000',
	'PAK1004,22 June 2024,2024,1,Strategic developments,Strategic developments,Agreement,Government of Pakistan (2024-),,1,,,,10,,586,Southern Asia,Pakistan,Islamabad Capital Territory,Islamabad,,Islamabad,33.6900,73.0500,1,Business Recorder,National,Apex committee approves Operation Azm-e-Istehkam.,0,,1719100000'
];

const bytes = (text: string) => new TextEncoder().encode(text);
const run = (text: string, name = 'acled.csv') => importFiles([{ name, bytes: bytes(text) }]);
type Out = {
	actors: { id: string; name: string; kind?: string }[];
	events: Record<string, unknown>[];
	links?: unknown;
};

describe('ACLED exports', () => {
	const r = run(`${HEADER}\n${ROWS.join('\n')}\n`);
	const d = r.dataset as Out;

	it('is detected, has no problem and validates (fatalities and acledId kept as extra fields)', () => {
		expect(r.format).toBe('acled');
		expect(r.problems).toEqual([]);
		const v = validateDataset(d, 'acled.csv');
		expect(v.problems.filter((p) => p.level === 'error')).toEqual([]);
		expect(v.dataset?.events).toHaveLength(4);
	});

	it('reads the three time precisions', () => {
		expect(d.events.map((e) => [e.date, e.dateAsWritten])).toEqual([
			['2024-03-26', undefined],
			['2024-03-20~', 'week of 20 March 2024'],
			['2024-06', undefined],
			['2024-06-22', undefined]
		]);
	});

	it('writes each event in full: title, summary, place, kind, sources, tags, fatalities, id', () => {
		expect(d.events[0]).toEqual({
			id: 'pak1001',
			title: 'Suicide bomb in Besham',
			date: '2024-03-26',
			kind: 'attack',
			actors: ['unidentified-armed-group-pakistan', 'civilians-china', 'civilians-pakistan'],
			summary:
				'On 26 March 2024, a suicide bomber rammed a convoy near Besham, killing five Chinese engineers and their driver.\nUpdate: TTP-linked network blamed.',
			place: { name: 'Besham, Khyber Pakhtunkhwa, Pakistan', lat: 34.92, lon: 72.87 },
			sources: [
				{ title: 'Dawn', publisher: 'Dawn' },
				{ title: 'Business Recorder', publisher: 'Business Recorder' }
			],
			tags: ['Political violence', 'Explosions/Remote violence'],
			fatalities: 6,
			acledId: 'PAK1001'
		});
		expect(d.events[1].summary).toBe(
			'Militants attacked the Gwadar Port Authority complex; "eight attackers" killed, officials said.'
		);
		expect(d.events[1].sources).toHaveLength(3);
		expect(d.events.map((e) => e.kind)).toEqual(['attack', 'attack', 'political', 'other']);
		expect(d.events[2].place).toEqual({
			name: 'Islamabad, Islamabad Capital Territory, Pakistan',
			lat: 33.69,
			lon: 73.05
		});
	});

	it('makes actors of actor1, actor2 and each associated actor, and never links', () => {
		expect(d.events[1].actors).toEqual([
			'military-forces-of-pakistan-2024',
			'police-forces-of-pakistan-2024',
			'frontier-corps',
			'bla-balochistan-liberation-army'
		]);
		expect(d.actors.find((a) => a.id === 'bla-balochistan-liberation-army')).toEqual({
			id: 'bla-balochistan-liberation-army',
			name: 'BLA: Balochistan Liberation Army',
			kind: 'Rebel group'
		});
		expect(d.links).toBeUndefined();
	});

	it('gives the same ids on a re-import of an updated export', () => {
		const updated = run(
			`${HEADER}\n${[...ROWS]
				.reverse()
				.map((row) => row.replace(',6,,1711500000', ',7,,1711600000'))
				.join('\n')}\n`
		);
		const ids = (x: Out) => x.events.map((e) => e.id).sort();
		expect(ids(updated.dataset as Out)).toEqual(ids(d));
		expect((updated.dataset as Out).events.find((e) => e.id === 'pak1001')?.fatalities).toBe(7);
	});

	it('reads European Excel (";", decimal commas) and columns in another order, some absent', () => {
		const text =
			'notes;event_type;latitude;longitude;event_date;event_id_cnty;location\r\n"a, b";Riots;34,93;72,87;2024-03-26;AFG9;Kabul\r\n';
		expect((run(text).dataset as Out).events).toEqual([
			{
				id: 'afg9',
				title: 'Riots in Kabul',
				date: '2024-03-26',
				kind: 'political',
				summary: 'a, b',
				place: { name: 'Kabul', lat: 34.93, lon: 72.87 },
				tags: ['Riots'],
				acledId: 'AFG9'
			}
		]);
	});

	it('says each row’s problems at their columns', () => {
		const row = (id: string, edit: (r: string) => string) => edit(ROWS[0].replace('PAK1001', id));
		const text = [
			HEADER,
			ROWS[0],
			ROWS[0],
			row('PAK9', (r) => r.replace('2024-03-26', '2024-02-30')),
			row('PAK10', (r) => r.replace(',1,Political', ',4,Political').replace('34.9200', '34.9x')),
			row('PAK11', (r) =>
				r.replace(',6,,1711500000', ',many,,1711500000').replace('2024-03-26', '26/03/2024')
			),
			row('', (r) => r)
		].join('\n');
		expect(run(text).problems.map(formatImportProblem)).toEqual([
			'acled.csv: row 3, column "event_id_cnty": "PAK1001" is the id of the event in row 2 too: an export lists each event once',
			'acled.csv: row 4, column "event_date": "2024-02-30" is not a real date: February 2024 has 29 days',
			'acled.csv: warning: row 5, column "time_precision": "4" is not an ACLED time precision (1, 2 or 3); the day is used',
			'acled.csv: row 5, column "latitude": "34.9x" is not a number',
			'acled.csv: row 6, column "event_date": "26/03/2024" is not a date of the form YYYY-MM-DD or "26 March 2024"',
			'acled.csv: row 6, column "fatalities": "many" is not a number',
			'acled.csv: row 7, column "event_id_cnty": is empty: every ACLED event has an id'
		]);
	});

	it.each([
		['2024-03-26', '2024-03-26'],
		['26 March 2024', '2024-03-26'],
		['5 Sep 2023', '2023-09-05'],
		['2024-3-6', '2024-03-06'],
		['March 26, 2024', null],
		['26 Foo 2024', null]
	])('reads the date %j as %j', (text, day) => {
		expect(acledDay(text)).toBe(day);
	});
});
