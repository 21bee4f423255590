import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';

describe('detectFormat', () => {
	it.each([
		['events.csv', 'id,title,date\n', 'template'],
		['events.csv', '# Causeway export of "x"\nID ; Title ; Date\n', 'template'],
		['links.csv', 'from,to,label\n', 'template'],
		[
			'sheet.csv',
			'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n',
			'timelinejs'
		],
		['acled.csv', 'data_id,event_id_cnty,event_date,year,event_type\n', 'acled'],
		['acled.tsv', 'event_type\tevent_date\tevent_id_cnty\n', 'acled'],
		['t.json', '{"events": [{"start_date": {"year": 2024}}]}', 'timelinejs-json'],
		['causeway.json', '{"events": [{"id": "a", "title": "A", "date": "2024"}]}', null],
		['x.csv', 'name,when\n', null],
		['x.csv', '', null]
	])('%s with %j is %s', (name, text, format) => {
		expect(detectFormat(name, text)).toBe(format);
	});
});
