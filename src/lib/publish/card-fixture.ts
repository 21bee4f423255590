/** For tests: a small dataset with a cause, an event, two effects, a story and awkward text. */
import { datasetOf } from '../model/fixture.ts';

export const cardDataset = () =>
	datasetOf({
		id: 'small',
		title: 'Small & <odd> "timeline"',
		description: 'Why things happened.',
		actors: [{ id: 'x', name: 'X' }],
		events: [
			{ id: 'cause', title: 'A cause', date: '2024-03-01', kind: 'political', actors: ['x'] },
			{
				id: 'blast',
				title: 'Blast at <Dasu> & "after"',
				date: '2024-03-26',
				kind: 'attack',
				summary: 'Five engineers were killed.'
			},
			{ id: 'talks', title: 'Talks', date: '2024-06', kind: 'diplomacy' },
			{
				id: 'launch',
				title: 'Launch',
				date: '2024-06-22',
				endDate: '2024-07-10',
				kind: 'military-operation'
			},
			{ id: 'far', title: 'Unrelated', date: '2024-05-01' }
		],
		links: [
			{ from: 'cause', to: 'blast' },
			{ from: 'blast', to: 'talks', basis: 'inferred' },
			{ from: 'blast', to: 'launch' }
		],
		stories: [
			{
				id: 'why',
				title: 'Why it happened',
				summary: 'From a cause to a launch.',
				steps: [
					{ title: 'The blast', text: 'It began with a blast.', events: ['blast'] },
					{
						title: 'The answer',
						text: 'Talks, then a launch.',
						links: [{ from: 'blast', to: 'launch' }]
					}
				]
			}
		]
	});
