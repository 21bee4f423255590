import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../model/validate.ts';
import { formatImportProblem, importFiles } from './index.ts';
import { TIMELINEJS_COLUMNS } from './timelinejs-sheet.ts';

const HEADER =
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background';

type Row = Partial<Record<(typeof TIMELINEJS_COLUMNS)[number], string>>;

// Twenty rows in the layout of TimelineJS's Google Sheets template: a title, two eras, events.
const ROWS: Row[] = [
	{
		Headline: 'Azm-e-Istehkam: the road to June 2024',
		Text: '<p>Events behind Pakistan&#8217;s campaign &amp; <b>CPEC</b>.</p>',
		Type: 'title'
	},
	{
		Year: '2022',
		Month: '4',
		Day: '11',
		'End Year': '2023',
		'End Month': '8',
		Headline: 'Sharif’s first government',
		Type: 'era'
	},
	{
		Year: '2024',
		Month: '3',
		Day: '4',
		Headline: 'Sharif’s second government',
		Text: 'Still in office.',
		Type: 'era'
	},
	{
		Year: '2015',
		Month: '4',
		Day: '20',
		'End Year': '2015',
		'End Month': '4',
		'End Day': '21',
		Headline: 'Xi Jinping visits Islamabad',
		Text: '<p>About 51 agreements signed.</p><p>See <a href="https://gandhara.rferl.org/a/26970636.html">RFE/RL</a>.</p>',
		Group: 'China'
	},
	{
		Year: '2021',
		Month: '7',
		Day: '14',
		Headline: 'Dasu bus attack',
		Text: 'Nine Chinese workers killed.<br>No group claimed it.',
		Group: 'Chinese nationals',
		Media: 'https://en.wikipedia.org/wiki/Dasu_bus_attack',
		'Media Caption': 'Dasu bus attack (Wikipedia)'
	},
	{
		Year: '2021',
		Month: '8',
		Day: '15',
		Headline: 'Taliban take Kabul',
		Group: 'Afghan Taliban',
		Time: '10:30'
	},
	{
		Year: '2022',
		Month: '4',
		Day: '10',
		Headline: 'Imran Khan ousted',
		Text: 'No-confidence vote &mdash; PTI out.',
		Group: 'PTI'
	},
	{
		Year: '2022',
		Month: '5',
		'Display Date': 'May or June 2022',
		Headline: 'TTP ceasefire',
		Group: 'TTP'
	},
	{
		Year: '2022',
		Headline: 'Pakistan’s crises',
		Text: 'Political, economic &amp; security crises from 2022 onward.',
		Group: 'Government of Pakistan'
	},
	{
		Year: '2022',
		Month: '11',
		Day: '28',
		Headline: 'TTP ends the ceasefire',
		Group: 'ttp',
		Text: '<script>alert("x")</script>Orders attacks <i>nationwide</i>.'
	},
	{
		Year: '2023',
		Month: '1',
		Day: '30',
		Headline: 'Peshawar mosque bombing',
		Text: '<ul><li>84 killed</li><li>police targeted</li></ul>',
		Media: 'javascript:alert(1)'
	},
	{
		Year: '2023',
		Month: '6',
		Day: '29',
		Headline: 'IMF stand-by arrangement',
		Group: 'IMF',
		Media: 'https://www.businesstoday.in/imf',
		'Media Credit': 'Business Today'
	},
	{
		Year: '2023',
		Month: '9',
		Headline: 'Korybko on the Intercept leak',
		'Display Date': 'September 2023',
		Group: 'Andrew Korybko'
	},
	{
		Year: '2024',
		Month: '3',
		Day: '16',
		Headline: 'Mir Ali attack',
		Group: 'Pakistan Armed Forces'
	},
	{
		Year: '2024',
		Month: '3',
		Day: '26',
		Headline: 'Besham attack',
		Text: 'Five Chinese engineers killed &lt;b&gt;near&lt;/b&gt; Besham.',
		Group: 'Chinese nationals',
		Media: 'https://www.brecorder.com/news/40295689'
	},
	{
		Year: '2024',
		Month: '6',
		Day: '4',
		'End Year': '2024',
		'End Month': '6',
		'End Day': '8',
		'Display Date': 'early June',
		Headline: 'Sharif visits China',
		Group: 'Government of Pakistan'
	},
	{
		Year: '2024',
		Month: '6',
		Day: '8',
		Headline: 'Joint statement',
		Text: 'Ties “a priority” for China.',
		Group: 'China',
		Background: '#ffeecc',
		'Media Thumbnail': 'https://x.example/t.png'
	},
	{
		Year: '2024',
		Month: '6',
		Day: '22',
		Headline: '',
		Text: 'Apex committee approves Operation Azm-e-Istehkam by consensus of all members',
		Group: 'Government of Pakistan'
	},
	{
		Year: '2024',
		Month: '6',
		Day: '24',
		Headline: 'Business Standard analysis',
		Group: 'Business Standard',
		'Alt Text': 'x'
	},
	{
		Year: '2024',
		Month: '12',
		Day: '24',
		Headline: 'Paktika strike',
		Group: 'Pakistan Armed Forces'
	}
];

const csv = (rows: Row[]) =>
	`${HEADER}\r\n${dsvFormat(',').formatRows(rows.map((r) => TIMELINEJS_COLUMNS.map((c) => r[c] ?? '')))}\r\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

/** The same content as TimelineJS JSON: numbers for some parts, strings for others. */
function asJson(rows: Row[]) {
	const date = (r: Row, p: '' | 'End ') =>
		r[`${p}Year`]
			? {
					year: Number(r[`${p}Year`]),
					...(r[`${p}Month`] ? { month: r[`${p}Month`] } : {}),
					...(r[`${p}Day`] ? { day: Number(r[`${p}Day`]) } : {}),
					...(r[`${p}Time`] ? { hour: r[`${p}Time`]!.split(':')[0] } : {})
				}
			: undefined;
	const slide = (r: Row) => ({
		start_date: date(r, ''),
		end_date: date(r, 'End '),
		display_date: r['Display Date'],
		text: { headline: r.Headline, text: r.Text },
		media: r.Media
			? { url: r.Media, caption: r['Media Caption'], credit: r['Media Credit'] }
			: undefined,
		group: r.Group,
		background: r.Background ? { color: r.Background } : undefined
	});
	return {
		title: slide(rows.find((r) => r.Type === 'title')!),
		events: rows.filter((r) => !r.Type).map(slide),
		eras: rows.filter((r) => r.Type === 'era').map(slide)
	};
}

type Out = {
	title: string;
	description: string;
	actors: { id: string; name: string }[];
	events: Record<string, unknown>[];
	periods: Record<string, unknown>[];
};

describe('TimelineJS sheet (CSV)', () => {
	const r = importFiles([{ name: 'timeline.csv', bytes: bytes(csv(ROWS)) }]);
	const d = r.dataset as Out;

	it('is detected, says the dropped time once, and validates', () => {
		expect(r.format).toBe('timelinejs');
		expect(r.problems.map(formatImportProblem)).toEqual([
			'timeline.csv: warning: row 7, column "Time": times are not kept: Causeway\'s dates go down to the day (1 slide has a time)'
		]);
		expect(validateDataset(d, 'timeline.csv').problems).toEqual([]);
	});

	it('takes the title slide as the title and description, and eras as periods', () => {
		expect(d.title).toBe('Azm-e-Istehkam: the road to June 2024');
		expect(d.description).toBe('Events behind Pakistan’s campaign & CPEC.');
		expect(d.periods).toEqual([
			{
				id: 'sharif-s-first-government-2022-04-11',
				title: 'Sharif’s first government',
				date: '2022-04-11',
				endDate: '2023-08'
			},
			{
				id: 'sharif-s-second-government-2024-03-04',
				title: 'Sharif’s second government',
				date: '2024-03-04',
				description: 'Still in office.'
			}
		]);
	});

	it('sets the precision from Year, Month and Day, and keeps display dates', () => {
		expect(d.events).toHaveLength(17);
		const byTitle = (t: string) => d.events.find((e) => e.title === t)!;
		expect(byTitle('TTP ceasefire')).toMatchObject({
			date: '2022-05',
			dateAsWritten: 'May or June 2022'
		});
		expect(byTitle('Pakistan’s crises').date).toBe('2022');
		expect(byTitle('Sharif visits China')).toMatchObject({
			date: '2024-06-04',
			endDate: '2024-06-08',
			dateAsWritten: 'early June'
		});
		expect(byTitle('Xi Jinping visits Islamabad').id).toBe(
			'xi-jinping-visits-islamabad-2015-04-20'
		);
	});

	it('turns Text into plain text, never markup, and keeps http(s) links as sources', () => {
		const byTitle = (t: string) => d.events.find((e) => e.title === t)!;
		expect(byTitle('Xi Jinping visits Islamabad')).toMatchObject({
			summary: 'About 51 agreements signed.\n\nSee RFE/RL.',
			sources: [{ title: 'RFE/RL', url: 'https://gandhara.rferl.org/a/26970636.html' }]
		});
		expect(byTitle('TTP ends the ceasefire').summary).toBe('Orders attacks nationwide.');
		expect(byTitle('Besham attack').summary).toBe(
			'Five Chinese engineers killed <b>near</b> Besham.'
		);
		expect(byTitle('Peshawar mosque bombing')).toEqual({
			id: 'peshawar-mosque-bombing-2023-01-30',
			title: 'Peshawar mosque bombing',
			date: '2023-01-30',
			summary: '84 killed\npolice targeted'
		});
		expect(byTitle('Dasu bus attack')).toMatchObject({
			summary: 'Nine Chinese workers killed.\nNo group claimed it.',
			sources: [
				{
					title: 'Dasu bus attack (Wikipedia)',
					url: 'https://en.wikipedia.org/wiki/Dasu_bus_attack'
				}
			]
		});
		expect(byTitle('IMF stand-by arrangement').sources).toEqual([
			{ title: 'Business Today', url: 'https://www.businesstoday.in/imf' }
		]);
		expect(byTitle('Besham attack').sources).toEqual([
			{ title: 'www.brecorder.com', url: 'https://www.brecorder.com/news/40295689' }
		]);
		expect(JSON.stringify(d)).not.toMatch(/<script|<p>|<li>|javascript:/);
	});

	it('titles a slide with no headline by its text’s first words', () => {
		expect(d.events.find((e) => e.date === '2024-06-22')).toMatchObject({
			id: 'apex-committee-approves-operation-azm-e-istehkam-by-2024-06-22',
			title: 'Apex committee approves Operation Azm-e-Istehkam by consensus of…'
		});
	});

	it('makes each Group an actor, matched by name', () => {
		expect(d.actors.map((a) => a.id)).toEqual([
			'china',
			'chinese-nationals',
			'afghan-taliban',
			'pti',
			'ttp',
			'government-of-pakistan',
			'imf',
			'andrew-korybko',
			'pakistan-armed-forces',
			'business-standard'
		]);
		expect(
			d.events.filter((e) => (e.actors as string[] | undefined)?.includes('ttp'))
		).toHaveLength(2);
	});

	it.each([
		[
			{ Year: '-500', Headline: 'Old' },
			'row 2, column "Year": -500 is outside the years Causeway can show (0001 to 9999)'
		],
		[
			{ Year: '12000', Headline: 'Future' },
			'row 2, column "Year": 12000 is outside the years Causeway can show (0001 to 9999)'
		],
		[
			{ Year: '2024', Month: '13', Headline: 'X' },
			'row 2, column "Month": "13" is not a month (1 to 12)'
		],
		[
			{ Year: '2023', Month: '2', Day: '30', Headline: 'X' },
			'row 2, column "Day": "2023-02-30" is not a real date: February 2023 has 28 days'
		],
		[
			{ Year: '2023', Day: '3', Headline: 'X' },
			'row 2, column "Day": a day needs a month: the Month is empty'
		],
		[{ Headline: 'X' }, 'row 2, column "Year": is empty: every slide but the title needs a year'],
		[
			{ Year: '2023', 'End Month': '4', Headline: 'X' },
			'row 2, column "End Year": is empty: an end date with a month or day needs a year'
		],
		[
			{ Year: '2023' },
			'row 2, column "Headline": the Headline and the Text are both empty: a slide needs a title'
		],
		[
			{ Year: '2023', 'End Year': '2022', Headline: 'X' },
			'row 2, column "End Day": "2022" is before the event\'s date "2023"'
		]
	])('says the row’s error: %j', (row, message) => {
		const res = importFiles([{ name: 't.csv', bytes: bytes(csv([row as Row])) }]);
		expect(res.problems.map(formatImportProblem)).toEqual([`t.csv: ${message}`]);
		expect(res.dataset).toBeNull();
	});
});

describe('TimelineJS JSON', () => {
	const json = JSON.stringify(asJson(ROWS));
	const r = importFiles([{ name: 'timeline.json', bytes: bytes(json) }]);

	it('gives the same dataset as the same content in the sheet', () => {
		expect(r.format).toBe('timelinejs-json');
		expect(r.problems.map(formatImportProblem)).toEqual([
			"timeline.json: warning: events[2].start_date.hour: times are not kept: Causeway's dates go down to the day (1 slide has a time)"
		]);
		const sheet = importFiles([{ name: 'timeline.csv', bytes: bytes(csv(ROWS)) }]).dataset as Out;
		const fromJson = r.dataset as Out;
		const byDate = (a: Record<string, unknown>, b: Record<string, unknown>) =>
			String(a.id).localeCompare(String(b.id));
		expect({
			...fromJson,
			events: [...fromJson.events].sort(byDate),
			actors: [...fromJson.actors].sort(byDate)
		}).toEqual({
			...sheet,
			id: 'timeline',
			events: [...sheet.events].sort(byDate),
			actors: [...sheet.actors].sort(byDate)
		});
	});

	it.each([
		[
			{ events: [{ start_date: { year: -44 }, text: { headline: 'Caesar' } }] },
			'events[0].start_date.year: -44 is outside the years Causeway can show (0001 to 9999)'
		],
		[
			{ events: [{ start_date: { year: '2024', month: 2, day: '30' }, text: { headline: 'X' } }] },
			'events[0].start_date.day: "2024-02-30" is not a real date: February 2024 has 29 days'
		],
		[
			{ events: [{ start_date: { year: true }, text: { headline: 'X' } }] },
			'events[0].start_date.year: should be a number or a string, got true'
		],
		[
			{ events: [{ start_date: { year: 2024 }, text: {} }] },
			'events[0].text.headline: the Headline and the Text are both empty: a slide needs a title'
		],
		[
			{ slides: [] },
			'events: is missing: a TimelineJS JSON file is an object with an "events" list'
		]
	])('names the JSON path of a problem: %j', (value, message) => {
		const res = importFiles([{ name: 'x.json', bytes: bytes(JSON.stringify(value)) }], {
			format: 'timelinejs-json'
		});
		expect(res.problems.map(formatImportProblem)).toEqual([`x.json: ${message}`]);
	});

	it('says a syntax error with its line and column', () => {
		const res = importFiles([{ name: 'x.json', bytes: bytes('{"events": [\n  {"a": 1,}\n]}') }], {
			format: 'timelinejs-json'
		});
		expect(res.problems.map(formatImportProblem)).toEqual([
			'x.json: line 2, column 11: JSON allows no comma before a closing }: remove the comma'
		]);
	});
});
