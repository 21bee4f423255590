/**
 * Keeps the seed dataset honest (issue 12): every link says on what basis it stands, and cites
 * accordingly; every URL it cites is one the fact sheet checked. `data/facts.md` is a copy of the
 * editors' fact sheet, the only source the seed dataset may draw on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/lib/model/validate.ts';
import type { Dataset, Source } from '../src/lib/model/types.ts';

const file = 'data/azm-e-istehkam.json';
const raw = JSON.parse(readFileSync(file, 'utf8'));
const dataset: Dataset = validateDataset(raw, file).dataset!;
const facts = readFileSync('data/facts.md', 'utf8');
const article = dataset.basedOn!.url!;
const urls = (sources: readonly Source[]) => sources.flatMap((s) => (s.url ? [s.url] : []));
const byId = new Map(dataset.events.map((e) => [e.id, e]));
/** The article's own words: an event whose only source is the article (it, or one of its claims). */
const isArticles = (id: string) => {
	const cited = urls(byId.get(id)?.sources ?? []);
	return cited.length > 0 && cited.every((u) => u === article);
};
const name = (l: { from: string; to: string }) => `${l.from} → ${l.to}`;

describe(`${file}: every link cites what its basis says`, () => {
	it('an inferred link (the author’s argument) cites the article', () => {
		const wrong = dataset.links.filter(
			(l) => l.basis === 'inferred' && !urls(l.sources).includes(article)
		);
		expect(wrong.map(name)).toEqual([]);
	});

	it('a reported link cites a source other than the article (unless it is about the article)', () => {
		const wrong = dataset.links.filter(
			(l) =>
				l.basis === 'reported' && !isArticles(l.to) && !urls(l.sources).some((u) => u !== article)
		);
		expect(wrong.map(name)).toEqual([]);
	});

	it('a context link (the editors’ own) never cites the article, and says why in a note', () => {
		const context = dataset.links.filter((l) => l.basis === 'context');
		expect(context.length).toBeGreaterThan(0);
		expect(context.filter((l) => urls(l.sources).includes(article)).map(name)).toEqual([]);
		expect(context.filter((l) => !l.note).map(name)).toEqual([]);
	});

	it('a hedge the label or note repeats is not empty', () => {
		expect(dataset.links.filter((l) => l.hedge !== undefined && !l.hedge.trim()).map(name)).toEqual(
			[]
		);
	});
});

describe(`${file}: every URL is one the fact sheet checked`, () => {
	const cited = [
		article,
		...dataset.events.flatMap((e) => [
			...urls(e.sources),
			...e.attributions.flatMap((a) => urls(a.sources))
		]),
		...dataset.links.flatMap((l) => urls(l.sources))
	];

	it('appears in data/facts.md', () => {
		expect([...new Set(cited)].filter((u) => !facts.includes(u))).toEqual([]);
	});

	it('is none of the fact sheet’s inferred (unseen) URLs', () => {
		// The Intercept's 17 September 2023 URL was never seen in that form (fact sheet, P7).
		expect(cited).not.toContain('https://theintercept.com/2023/09/17/pakistan-ukraine-arms-imf/');
	});
});

describe(`${file}: attribution is data, not a plain actor`, () => {
	it('no event lists as a participant an actor that is only attributed, suspected or denied', () => {
		const wrong = dataset.events.filter((e) =>
			e.attributions.some((a) => a.status !== 'claimed' && e.actors.includes(a.actor))
		);
		expect(wrong.map((e) => e.id)).toEqual([]);
	});

	it('Besham and Dasu are attributed to the TTP by Pakistan; the TTP denied Peshawar', () => {
		const ties = (id: string) => byId.get(id)!.attributions.map((a) => `${a.actor} ${a.status}`);
		expect(ties('besham-attack')).toEqual(['ttp attributed']);
		expect(ties('dasu-bus-attack-2021')).toEqual(['ttp attributed']);
		expect(ties('peshawar-mosque-bombing')).toContain('ttp denied');
		for (const id of ['besham-attack', 'dasu-bus-attack-2021', 'peshawar-mosque-bombing']) {
			expect(byId.get(id)!.actors).not.toContain('ttp');
		}
	});
});

describe(`${file}: the story says whose argument each step is`, () => {
	const basis = new Map(dataset.links.map((l) => [`${l.from} ${l.to}`, l.basis]));
	const steps = dataset.stories.flatMap((s) => s.steps.map((step) => ({ story: s.id, step })));

	it('has the seed story, in 8 to 12 steps', () => {
		const story = dataset.stories.find((s) => s.id === 'the-argument');
		expect(story?.steps.length).toBeGreaterThanOrEqual(8);
		expect(story?.steps.length).toBeLessThanOrEqual(12);
	});

	it('says “author” wherever a step explains an inferred link, “editors” for a context one', () => {
		const wrong = steps.flatMap(({ story, step }) => {
			const kinds = new Set(step.links.map((l) => basis.get(`${l.from} ${l.to}`)));
			const missing = [];
			if (kinds.has('inferred') && !/author/i.test(step.text)) missing.push('author');
			if (kinds.has('context') && !/editors/i.test(step.text)) missing.push('editors');
			return missing.map((word) => `${story}: “${step.title}” does not say ${word}`);
		});
		expect(wrong).toEqual([]);
	});
});
