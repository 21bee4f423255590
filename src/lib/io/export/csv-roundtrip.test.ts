import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../model/fixture.ts';
import type { Dataset } from '../../model/types.ts';
import { validateDataset } from '../../model/validate.ts';
import { importFiles, formatImportProblem } from '../import/index.ts';
import { actorsCsv, eventsCsv, linksCsv } from './csv.ts';
import { seedDataset, viewOf } from './testing.ts';
import { viewContent } from './view.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The dataset's three CSV files through the importer and the validator. */
function roundTrip(dataset: Dataset): { dataset?: Dataset; problems: string[] } {
	const view = viewOf(dataset);
	const files = [eventsCsv(view), linksCsv(view), actorsCsv(view)].map((f) => ({
		name: f.name,
		bytes: bytes(f.text)
	}));
	const imported = importFiles(files, { id: dataset.id, title: dataset.title });
	const problems = imported.problems.map(formatImportProblem);
	if (!imported.dataset) return { problems };
	const checked = validateDataset(imported.dataset);
	return {
		dataset: checked.dataset,
		problems: [...problems, ...checked.problems.map((p) => p.message)]
	};
}

describe('CSV round trip through the importer', () => {
	it('gives back the same dataset, formula-like cells and names included', () => {
		const dataset = datasetOf({
			id: 'tiny',
			title: 'Tiny',
			actors: [
				{
					id: 'ttp',
					name: 'Tehrik-i-Taliban Pakistan (TTP)',
					kind: 'armed-group',
					description: 'd'
				},
				{ id: 'gov', name: 'Government; cabinet' },
				{ id: 'x', name: 'gov' }
			],
			events: [
				{
					id: 'e1',
					title: '=HYPERLINK("https://evil.example","click")',
					date: '2024-06~',
					endDate: '2024-07-02',
					dateAsWritten: 'early June',
					kind: 'attack',
					actors: ['ttp', 'gov', 'x'],
					summary: 'Line one,\nline "two"',
					place: { name: 'Cape Town', lat: -33.9, lon: 18.4 },
					tags: ['cpec', 'security'],
					sources: [
						{ title: 'A', url: 'https://a.example/', publisher: 'Dawn', date: '2024-06-08' },
						{ title: 'B' },
						{ title: '@SUM(A1)', url: 'https://c.example/' }
					]
				},
				{ id: 'e2', title: 'Two', date: '2024-08', status: 'forecast', summary: '-x', tags: ['+1'] }
			],
			links: [
				{
					from: 'e1',
					to: 'e2',
					label: 'likely led to',
					basis: 'inferred',
					hedge: 'likely',
					note: '+1',
					sources: [{ title: 'S1', url: 'https://s.example/' }]
				}
			]
		});
		const back = roundTrip(dataset);
		expect(back.problems).toEqual([]);
		expect(back.dataset).toEqual(dataset);
	});

	it('gives back the seed dataset but what the template has no columns for', () => {
		const seed = seedDataset();
		const back = roundTrip(seed);
		expect(back.problems).toEqual([]);
		// The template holds no attributions, periods or stories, and a link's first source only
		// (its title and URL).
		const expected: Dataset = {
			...seed,
			// actors.csv holds every actor the events name, attributions' too.
			actors: viewContent(viewOf(seed)).actors,
			events: seed.events.map((e) => ({ ...e, attributions: [] })),
			links: seed.links.map((l) => ({
				...l,
				sources: l.sources
					.slice(0, 1)
					.map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}) }))
			})),
			periods: [],
			stories: []
		};
		delete expected.description;
		delete expected.language;
		delete expected.basedOn;
		expect(back.dataset).toEqual(expected);
	});
});
