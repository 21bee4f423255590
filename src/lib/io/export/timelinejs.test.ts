import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../model/fixture.ts';
import type { Dataset } from '../../model/types.ts';
import { escapeHtml, timelineJs, timelineJsFile } from './timelinejs.ts';
import { seedDataset, viewOf } from './testing.ts';

const evil = '<img src=x onerror=alert(1)>';

const dataset = datasetOf({
	id: 'tiny',
	title: evil,
	description: 'About "this" & that',
	actors: [
		{ id: 'a', name: 'Alpha <b>' },
		{ id: 'b', name: 'Beta' }
	],
	events: [
		{
			id: 'day',
			title: `Day ${evil}`,
			date: '2024-06-08',
			actors: ['a', 'b'],
			summary: "First 'para'\nsame para\n\nSecond <script>alert(1)</script>",
			sources: [
				{ title: 'Dawn', url: 'https://dawn.example/?a=1&b="2"', publisher: 'Dawn & Co' },
				{ title: 'Mail', url: 'mailto:desk@example.org' },
				{ title: 'No link' }
			]
		},
		{ id: 'month', title: 'Month', date: '2024-02~', endDate: '2024-03' },
		{ id: 'year', title: 'Year', date: '2023', dateAsWritten: 'in "2023" <i>' }
	],
	links: [{ from: 'month', to: 'day', label: 'prompted', basis: 'inferred', hedge: 'likely' }],
	periods: [
		{ id: 'closed', title: 'Closed <era>', date: '2023-05', endDate: '2024-01-15' },
		{ id: 'open', title: 'Open', date: '2024', description: 'Still on' }
	]
});

const byId = (t: ReturnType<typeof timelineJs>, id: string) =>
	t.events.find((e) => e.unique_id === id)!;

describe('escapeHtml', () => {
	it('escapes the five characters HTML gives meaning to', () => {
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
		expect(escapeHtml(evil)).toBe('&lt;img src=x onerror=alert(1)&gt;');
	});
});

describe('TimelineJS export', () => {
	const t = timelineJs(viewOf(dataset, undefined, undefined, 'https://c.example/?x=1'));

	it('writes the title slide escaped, with what the file holds and a link back', () => {
		expect(t.title.text).toEqual({
			headline: '&lt;img src=x onerror=alert(1)&gt;',
			text:
				'<p>About &quot;this&quot; &amp; that</p>' +
				'<p>&lt;img src=x onerror=alert(1)&gt;: all 3 events</p>' +
				'<p><a href="https://c.example/?x=1" target="_blank" rel="noopener noreferrer">Open this view in Causeway</a></p>'
		});
	});

	it('writes the date parts the precision has', () => {
		expect(t.events.map((e) => [e.unique_id, e.start_date, e.end_date])).toEqual([
			['year', { year: 2023 }, undefined],
			['month', { year: 2024, month: 2 }, { year: 2024, month: 3 }],
			['day', { year: 2024, month: 6, day: 8 }, undefined]
		]);
	});

	it('shows a date as the source wrote it, or qualified, and leaves plain dates to TimelineJS', () => {
		expect(byId(t, 'year').display_date).toBe('in &quot;2023&quot; &lt;i&gt;');
		expect(byId(t, 'month').display_date).toBe('c. February 2024 – March 2024');
		expect(byId(t, 'day').display_date).toBeUndefined();
	});

	it('groups by the first actor, escaped', () => {
		expect(t.events.map((e) => e.group)).toEqual([undefined, undefined, 'Alpha &lt;b&gt;']);
	});

	it('writes the text as simple markup of escaped text, links only to http(s) and mailto', () => {
		const day = byId(t, 'day');
		expect(day.text.headline).toBe('Day &lt;img src=x onerror=alert(1)&gt;');
		expect(day.text.text).toBe(
			[
				'<p>First &#39;para&#39;<br>same para</p>',
				'<p>Second &lt;script&gt;alert(1)&lt;/script&gt;</p>',
				'<p>Date: 8 June 2024<br>Actors: Alpha &lt;b&gt;, Beta</p>',
				'<p>Caused by:<br>“Month” likely prompted “Day &lt;img src=x onerror=alert(1)&gt;” (the author infers it)</p>',
				'<p>Sources:<br>',
				'<a href="https://dawn.example/?a=1&amp;b=&quot;2&quot;" target="_blank" rel="noopener noreferrer">Dawn, Dawn &amp; Co</a><br>',
				'<a href="mailto:desk@example.org" target="_blank" rel="noopener noreferrer">Mail</a><br>',
				'No link</p>',
				'<p><a href="https://c.example/?x=1&amp;event=day" target="_blank" rel="noopener noreferrer">This event in the Causeway timeline</a></p>'
			].join('')
		);
	});

	it('never links a URL of another scheme', () => {
		const [day] = dataset.events.filter((e) => e.id === 'day');
		const tampered: Dataset = {
			...dataset,
			events: [{ ...day, sources: [{ title: 'Bad', url: 'javascript:alert(1)' }] }]
		};
		const text = timelineJs(viewOf(tampered)).events[0].text.text;
		expect(text).toContain('<p>Sources:<br>Bad</p>');
		expect(text).not.toContain('javascript:');
	});

	it('turns periods into eras; an open one runs to the last event and says it continues', () => {
		expect(t.eras).toEqual([
			{
				start_date: { year: 2023, month: 5 },
				end_date: { year: 2024, month: 1, day: 15 },
				text: { headline: 'Closed &lt;era&gt;', text: '' }
			},
			{
				start_date: { year: 2024 },
				end_date: { year: 2024, month: 12, day: 31 },
				text: { headline: 'Open', text: '<p>Still on</p><p>Continues.</p>' }
			}
		]);
	});

	it('names the file and writes JSON, for a filtered view too', () => {
		const seed = seedDataset();
		const view = viewOf(seed, (e) => e.kind === 'attack', 'kinds: attack');
		const file = timelineJsFile(view);
		expect(file.name).toBe('azm-e-istehkam-timelinejs-filtered.json');
		expect(file.type).toBe('application/json');
		const parsed = JSON.parse(file.text);
		expect(parsed.events).toHaveLength(view.events.length);
		expect(parsed.eras).toHaveLength(seed.periods.length);
		expect(parsed.title.text.text).toContain(
			`of ${seed.events.length} events, filtered by kinds: attack</p>`
		);
	});
});
