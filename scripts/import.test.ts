import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/lib/model/validate.ts';
import { main, warningLines, type Io } from './import.ts';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	const written = new Map<string, string>();
	const io: Io = {
		out: (t) => void out.push(t),
		err: (l) => void err.push(l),
		writeFile: (p, t) => void written.set(p, t)
	};
	return { io, out, err, written };
}

const dir = mkdtempSync(join(tmpdir(), 'causeway-import-test-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

describe('npm run import', () => {
	it('imports the shipped template with its links and actors to -o', () => {
		const c = capture();
		const code = main(
			[
				'static/templates/events.csv',
				'--links',
				'static/templates/links.csv',
				'--actors',
				'static/templates/actors.csv',
				'-o',
				'data/example.json'
			],
			c.io
		);
		expect(code).toBe(0);
		expect(c.err).toEqual([]);
		expect(c.out).toEqual([
			'static/templates/events.csv: imported (template): 6 events, 5 actors, 7 links, 0 periods, 0 warnings; written to data/example.json\n'
		]);
		const json = JSON.parse(c.written.get('data/example.json')!);
		expect(json.id).toBe('example');
		expect(validateDataset(json, 'example.json').problems).toEqual([]);
		expect(c.written.get('data/example.json')).toMatch(/^\{\n\t"id": "example",/);
	});

	it('writes the JSON to stdout without -o, with the summary on stderr', () => {
		const path = file(
			'acled.csv',
			'event_id_cnty,event_date,event_type,location,fatalities\nPAK1,2024-03-26,Battles,Besham,3\nPAK2,2024-03-27,Riots,Lahore,0\n'
		);
		const c = capture();
		expect(main([path, '--format', 'acled'], c.io)).toBe(0);
		expect(JSON.parse(c.out.join('')).events.map((e: { id: string }) => e.id)).toEqual([
			'pak1',
			'pak2'
		]);
		expect(c.err).toEqual([
			`${path}: imported (acled): 2 events, 0 actors, 0 links, 0 periods, 0 warnings`
		]);
	});

	it('says a warning repeated at the same field of many items once, with a count', () => {
		const raw = { events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
		const problem = (i: number, field: string) => ({
			level: 'warning' as const,
			path: ['events', i, field],
			message: 'is not a field of the dataset contract; it is kept but ignored'
		});
		expect(
			warningLines(
				'x.json',
				[problem(0, 'colour'), problem(1, 'colour'), problem(2, 'colour'), problem(1, 'size')],
				raw
			)
		).toEqual([
			'x.json: warning: events[0] (id "a").colour: is not a field of the dataset contract; it is kept but ignored (and 2 more like it)',
			'x.json: warning: events[1] (id "b").size: is not a field of the dataset contract; it is kept but ignored'
		]);
	});

	it('lists every problem by row and column, writes nothing and exits 1 on a broken file', () => {
		const path = file('broken.csv', 'id,title,date,lat,place\na,A,2024-13,,\nb,B,2024,north,X\n');
		const c = capture();
		expect(main([path, '-o', join(dir, 'out.json')], c.io)).toBe(1);
		expect(c.err).toEqual([
			`${path}: row 3, column "lat": "north" is not a number`,
			`${path}: row 2, column "date": "2024-13" is not a real date: there is no month 13`,
			`${path}: not imported: 2 errors; nothing was written`
		]);
		expect(c.out).toEqual([]);
		expect(c.written.size).toBe(0);
	});

	it.each([
		[[], 'no file given'],
		[
			['a.csv', '--format', 'xlsx'],
			'--format xlsx is not a format: use template, timelinejs, timelinejs-json, acled'
		],
		[['a.csv', '--frmat', 'acled'], '--frmat is not an option'],
		[['a.csv', '-o'], '-o needs a value']
	])('says a usage error and exits 2: %j', (argv, message) => {
		const c = capture();
		expect(main(argv, c.io)).toBe(2);
		expect(c.err[0].split('\n')[0]).toBe(message);
	});

	it('says a file that cannot be read', () => {
		const c = capture();
		expect(main([join(dir, 'missing.csv')], c.io)).toBe(1);
		expect(c.err[0]).toMatch(/missing\.csv: cannot be read: ENOENT/);
	});

	it('really writes the file when run as a user would (default io)', () => {
		const out = join(dir, 'nested', 'x.json');
		const path = file('ok.csv', 'title,date\nA,2024\n');
		const origLog = process.stdout.write;
		process.stdout.write = (() => true) as typeof process.stdout.write;
		try {
			expect(main([path, '-o', out])).toBe(0);
		} finally {
			process.stdout.write = origLog;
		}
		expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
			id: 'x',
			title: 'ok',
			actors: [],
			events: [{ id: 'a', title: 'A', date: '2024' }]
		});
	});
});
