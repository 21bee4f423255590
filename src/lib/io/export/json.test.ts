import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../model/fixture.ts';
import { formatProblem, validateDataset } from '../../model/validate.ts';
import { jsonFile, rawView } from './json.ts';
import { seedDataset, viewOf } from './testing.ts';

const seed = seedDataset();
const errors = (text: string) =>
	validateDataset(JSON.parse(text)).problems.filter((p) => p.level === 'error');

describe('JSON export', () => {
	it('gives back the seed dataset unchanged (round trip), without an exported field', () => {
		const file = jsonFile(viewOf(seed));
		expect(file.name).toBe('azm-e-istehkam.json');
		expect(file.type).toBe('application/json');
		const raw = JSON.parse(file.text);
		expect(raw.exported).toBeUndefined();
		const back = validateDataset(raw);
		expect(back.problems).toEqual([]);
		expect(back.dataset).toEqual(seed);
	});

	it('writes a filtered view that validates and says what it holds', () => {
		const ttp = (e: (typeof seed.events)[number]) =>
			e.actors.includes('ttp') || e.attributions.some((a) => a.actor === 'ttp');
		const view = viewOf(seed, ttp, 'actors: TTP', 'https://causeway.example/?actors=ttp');
		const file = jsonFile(view);
		expect(file.name).toBe('azm-e-istehkam-filtered.json');
		expect(errors(file.text)).toEqual([]);
		const raw = JSON.parse(file.text);
		// `exported` is part of the contract: the file validates without a warning.
		expect(validateDataset(raw).problems.map((p) => formatProblem(file.name, p, raw))).toEqual([]);
		const n = view.events.length;
		expect(n).toBeGreaterThan(0);
		expect(n).toBeLessThan(seed.events.length);
		expect(raw.title).toBe(seed.title);
		expect(raw.exported).toEqual({
			holds: `${seed.title}: ${n} of ${seed.events.length} events, filtered by actors: TTP`,
			filters: 'actors: TTP',
			events: n,
			of: seed.events.length,
			url: 'https://causeway.example/?actors=ttp'
		});
		expect(raw.events).toHaveLength(n);
		expect(raw.stories).toBeUndefined();
		expect(raw.periods).toHaveLength(seed.periods.length);
		const ids = new Set(raw.events.map((e: { id: string }) => e.id));
		for (const l of raw.links) expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
	});

	it('writes the author form: EDTF text, no derived fields, no empty lists or texts', () => {
		const dataset = datasetOf({
			id: 'tiny',
			title: 'Tiny',
			actors: [{ id: 'a', name: 'Alpha' }],
			events: [
				{ id: 'e1', title: 'One', date: '2024-06~', endDate: '2024-07', actors: [], tags: [] },
				{
					id: 'e2',
					title: 'Two',
					date: '2024-08-01',
					status: 'forecast',
					actors: ['a'],
					summary: ''
				}
			],
			links: [{ from: 'e1', to: 'e2' }],
			periods: [
				{ id: 'open', title: 'Open', date: '2024' },
				{ id: 'closed', title: 'Closed', date: '2023', endDate: '2024-01' }
			],
			stories: [
				{
					id: 's',
					title: 'S',
					steps: [{ title: 'T', text: 'X', events: ['e1'], links: [], view: '2024-06/2024-09' }]
				}
			]
		});
		expect(rawView(viewOf(dataset))).toEqual({
			id: 'tiny',
			title: 'Tiny',
			actors: [{ id: 'a', name: 'Alpha' }],
			events: [
				{ id: 'e1', title: 'One', date: '2024-06~', endDate: '2024-07', kind: 'other' },
				{
					id: 'e2',
					title: 'Two',
					date: '2024-08-01',
					status: 'forecast',
					kind: 'other',
					actors: ['a']
				}
			],
			links: [{ from: 'e1', to: 'e2', label: 'led to', basis: 'reported' }],
			periods: [
				{ id: 'open', title: 'Open', date: '2024', endDate: '..' },
				{ id: 'closed', title: 'Closed', date: '2023', endDate: '2024-01' }
			],
			stories: [
				{
					id: 's',
					title: 'S',
					steps: [{ title: 'T', text: 'X', events: ['e1'], view: '2024-06/2024-09' }]
				}
			]
		});
	});

	it('writes a url for an unfiltered view in exported', () => {
		const raw = rawView(viewOf(seed, undefined, undefined, 'https://causeway.example/'));
		expect(raw.exported).toEqual({
			holds: `${seed.title}: all ${seed.events.length} events`,
			events: seed.events.length,
			of: seed.events.length,
			url: 'https://causeway.example/'
		});
	});
});
