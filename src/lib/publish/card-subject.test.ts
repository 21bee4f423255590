import { describe, expect, it } from 'vitest';
import { cardDataset } from './card-fixture.ts';
import {
	cardContent,
	cardPath,
	cardSubjects,
	eventLine,
	subjectOfPath,
	type CardSubject
} from './card-subject.ts';

const ds = cardDataset();

describe('cardPath and subjectOfPath', () => {
	const cases: [CardSubject, string][] = [
		[{ kind: 'timeline' }, '/cards/index.png'],
		[{ kind: 'event', id: 'blast' }, '/cards/events/blast.png'],
		[{ kind: 'story', id: 'why' }, '/cards/stories/why.png'],
		[{ kind: 'step', id: 'why', step: 2 }, '/cards/stories/why/2.png']
	];
	it.each(cases)('%o is at %s and back', (subject, path) => {
		expect(cardPath(subject)).toBe(path);
		expect(subjectOfPath(path.replace(/^\/cards\/|\.png$/g, ''))).toEqual(subject);
	});
	it.each([
		'',
		'events',
		'events/a/b',
		'stories/why/0',
		'stories/why/x',
		'../etc/passwd',
		'index.png'
	])('%j names no card', (path) => {
		expect(subjectOfPath(path)).toBeNull();
	});
});

describe('cardSubjects', () => {
	it('lists Causeway’s own card, the timeline, every event, every story and every step', () => {
		expect(cardSubjects(ds).map(cardPath)).toEqual([
			'/cards/site.png',
			'/cards/index.png',
			'/cards/events/cause.png',
			'/cards/events/blast.png',
			'/cards/events/far.png',
			'/cards/events/talks.png',
			'/cards/events/launch.png',
			'/cards/stories/why.png',
			'/cards/stories/why/1.png',
			'/cards/stories/why/2.png'
		]);
	});
});

describe('cardContent', () => {
	it('shows an event with its direct causes and effects, ringed, with its date and kind', () => {
		const c = cardContent(ds, { kind: 'event', id: 'blast' })!;
		expect(c.title).toBe('Blast at <Dasu> & "after"');
		expect(c.line).toBe('26 March 2024 · Attack');
		expect(c.highlight).toBe('blast');
		expect(c.events.map((e) => e.id)).toEqual(['cause', 'blast', 'talks', 'launch']);
		expect(c.links.map((l) => l.id)).toEqual(['cause->blast', 'blast->talks', 'blast->launch']);
		expect(c.alt).toBe(
			'“Blast at <Dasu> & "after"” on a timeline with its 1 cause and 2 effects, joined by arrows.'
		);
	});
	it('says when an event has no causes or effects', () => {
		expect(cardContent(ds, { kind: 'event', id: 'far' })!.alt).toBe(
			'“Unrelated” on a timeline; it has no causes or effects recorded.'
		);
	});
	it('shows the whole timeline without labels', () => {
		const c = cardContent(ds, { kind: 'timeline' })!;
		expect(c.line).toBe('5 events · 2024 · 3 causal links');
		expect(c.labels).toBe(false);
		expect(c.events).toHaveLength(5);
		expect(c.alt).toBe('A timeline of 5 events, 2024, joined by 3 causal arrows.');
	});
	it("shows a step's events and links, and a story's whole argument", () => {
		const step = cardContent(ds, { kind: 'step', id: 'why', step: 2 })!;
		expect(step.title).toBe('The answer');
		expect(step.line).toBe('Step 2 of 2 · Why it happened');
		expect(step.events.map((e) => e.id)).toEqual(['blast', 'launch']);
		expect(step.links.map((l) => l.id)).toEqual(['blast->launch']);
		const story = cardContent(ds, { kind: 'story', id: 'why' })!;
		expect(story.line).toBe('A story in 2 steps · 2024');
		expect(story.events.map((e) => e.id)).toEqual(['blast', 'launch']);
	});
	it.each<CardSubject>([
		{ kind: 'event', id: 'nope' },
		{ kind: 'story', id: 'nope' },
		{ kind: 'step', id: 'why', step: 3 },
		{ kind: 'step', id: 'why', step: 0 }
	])('is null for %o', (subject) => {
		expect(cardContent(ds, subject)).toBeNull();
	});
});

describe('eventLine', () => {
	it('gives a range, the kind, and says a forecast is one', () => {
		const launch = ds.events.find((e) => e.id === 'launch')!;
		expect(eventLine(launch)).toBe('22 June – 10 July 2024 · Military operation');
		expect(eventLine({ ...launch, status: 'forecast' })).toBe(
			'22 June – 10 July 2024 · Military operation (forecast)'
		);
	});
});
