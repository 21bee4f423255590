/**
 * Deterministic synthetic datasets in Causeway's dataset contract (v1), for the benchmark:
 * `n` events spread over 2015-01-01..2024-12-31, 8 actors, ~10% month-precise dates, ~10% ranges
 * of a few days to a few weeks, 1–2 actors per event and n/5 causal links, each from an event to a
 * later (or same-day) one. Same `n` and `seed` → byte-identical JSON.
 *
 * CLI: `tsx bench/generate.ts <n> [seed] [--summaries] > out.json`
 */
import { pathToFileURL } from 'node:url';
import { randomLcg } from 'd3';
import { EVENT_KINDS } from '../src/lib/model/types.ts';

export interface BenchActor {
	id: string;
	name: string;
}

export interface BenchEvent {
	id: string;
	title: string;
	date: string;
	endDate?: string;
	actors: string[];
	kind: string;
	summary?: string;
}

export interface BenchLink {
	from: string;
	to: string;
	label: string;
}

export interface BenchDataset {
	id: string;
	title: string;
	description: string;
	actors: BenchActor[];
	events: BenchEvent[];
	links: BenchLink[];
}

/** Every generated event id starts with this, so the bench can tell them from other marks. */
export const EVENT_ID_PREFIX = 'evt-';

export const DEFAULT_SEED = 20240601;

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY) + 1;

export const ACTORS: readonly BenchActor[] = [
	{ id: 'northland', name: 'Government of Northland' },
	{ id: 'southland', name: 'Government of Southland' },
	{ id: 'river-front', name: 'River Liberation Front' },
	{ id: 'coast-guard', name: 'Coastal Guard Command' },
	{ id: 'trade-union', name: 'United Trade Union' },
	{ id: 'mining-corp', name: 'Highland Mining Corporation' },
	{ id: 'un-mission', name: 'UN Observer Mission' },
	{ id: 'press', name: 'Independent Press Council' }
];

/** Some actors are much busier than others, as in real datasets. */
const ACTOR_WEIGHTS = [24, 20, 16, 12, 10, 8, 6, 4];

const KINDS = EVENT_KINDS;

const VERBS: Record<(typeof KINDS)[number], readonly string[]> = {
	attack: ['Attack on', 'Ambush near', 'Bombing in', 'Raid on'],
	diplomacy: ['Talks in', 'Summit at', 'Envoy visits', 'Accord signed in'],
	'military-operation': ['Operation launched in', 'Troops deployed to', 'Offensive around'],
	political: ['Vote in', 'Cabinet reshuffle in', 'Protest in', 'New law for'],
	economic: ['Investment deal for', 'Strike halts work in', 'Tariffs raised on', 'Loan for'],
	publication: ['Study published on', 'Book about', 'Dossier on'],
	report: ['Report on', 'Inquiry into', 'Audit of'],
	statement: ['Statement on', 'Warning about', 'Declaration on'],
	other: ['Incident in', 'Flooding in', 'Census in']
};

const PLACES = [
	'Port Arlen',
	'the northern valley',
	'Kessmar',
	'the border crossing',
	'Velda province',
	'the capital',
	'Oskin dam',
	'the eastern corridor',
	'Marrow Bay',
	'the highland mines',
	'Lintor',
	'the river delta'
];

/** Sentences a summary is built from: about 90 characters per event, as in a real chronology. */
const CLAUSES = [
	'Local officials confirmed the account the next morning',
	'Reports from the area could not be independently verified',
	'The move followed weeks of rising tension between the parties',
	'Observers said the decision would shape talks later in the year',
	'Residents described roads closed and markets shut for the day',
	'A spokesperson declined to give figures on the number involved',
	'The ministry published a statement setting out its reasons',
	'Analysts linked the episode to disputes over revenue and land'
];

const LABELS = ['led to', 'prompted', 'enabled', 'escalated into', 'provoked', 'delayed'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoMonth(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

function monthStart(ms: number): number {
	const d = new Date(ms);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function weighted(rand: () => number, weights: readonly number[]): number {
	const total = weights.reduce((a, b) => a + b, 0);
	let r = rand() * total;
	for (let i = 0; i < weights.length; i++) {
		r -= weights[i];
		if (r < 0) return i;
	}
	return weights.length - 1;
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
	list[Math.floor(rand() * list.length)];

interface Draft {
	start: number;
	/** For ordering only: when the event ends (inclusive day). */
	end: number;
	date: string;
	endDate?: string;
	actors: string[];
	kind: (typeof KINDS)[number];
	title: string;
	n: number;
}

export interface GenerateOptions {
	/** Give every event a summary of about 90 characters (a 50,000-event file is then ~11 MB). */
	summaries?: boolean;
}

const summaryOf = (rand: () => number, title: string) => `${title}. ${pick(rand, CLAUSES)}.`;

export function generateDataset(
	n: number,
	seed: number = DEFAULT_SEED,
	opts: GenerateOptions = {}
): BenchDataset {
	if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
	// d3's seeded LCG; each size gets its own stream from the one seed.
	const rand = randomLcg((seed ^ Math.imul(n, 0x9e3779b1)) >>> 0);
	const drafts: Draft[] = [];
	for (let i = 0; i < n; i++) {
		const shape = rand();
		const kind = KINDS[weighted(rand, [14, 14, 10, 18, 14, 5, 8, 12, 5])];
		const first = weighted(rand, ACTOR_WEIGHTS);
		const actors = [ACTORS[first].id];
		if (rand() < 0.35) {
			let second = weighted(rand, ACTOR_WEIGHTS);
			if (second === first) second = (first + 1 + Math.floor(rand() * 7)) % ACTORS.length;
			actors.push(ACTORS[second].id);
		}
		const title = `${pick(rand, VERBS[kind])} ${pick(rand, PLACES)}`;
		let draft: Draft;
		if (shape < 0.1) {
			// Month-precise: the date covers the whole month.
			const day = FIRST_DAY + Math.floor(rand() * DAYS) * DAY;
			const start = monthStart(day);
			const d = new Date(start);
			const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY;
			draft = { start, end, date: isoMonth(start), actors, kind, title, n: i };
		} else if (shape < 0.2) {
			// A range of 2 days to 6 weeks, inside the ten years.
			const length = 2 + Math.floor(rand() * 41);
			const start = FIRST_DAY + Math.floor(rand() * (DAYS - length)) * DAY;
			const end = start + length * DAY;
			draft = { start, end, date: isoDay(start), endDate: isoDay(end), actors, kind, title, n: i };
		} else {
			const start = FIRST_DAY + Math.floor(rand() * DAYS) * DAY;
			draft = { start, end: start, date: isoDay(start), actors, kind, title, n: i };
		}
		drafts.push(draft);
	}
	// Chronological order (then generation order), ids follow it.
	drafts.sort((a, b) => a.start - b.start || a.end - b.end || a.n - b.n);
	const width = String(n).length;
	const events: BenchEvent[] = drafts.map((d, i) => {
		// Key order as in the contract: id, title, date, endDate, actors, kind.
		const e: BenchEvent = {
			id: `${EVENT_ID_PREFIX}${pad(i + 1, width)}`,
			title: `${d.title} (${i + 1})`,
			date: d.date
		} as BenchEvent;
		if (d.endDate) e.endDate = d.endDate;
		e.actors = d.actors;
		e.kind = d.kind;
		if (opts.summaries) e.summary = summaryOf(rand, d.title);
		return e;
	});

	// Links: from an event to a later one in chronological order, so a cause never starts after
	// its effect ends. Mostly local chains (the next few dozen events), some long-range.
	const links: BenchLink[] = [];
	const want = Math.floor(n / 5);
	const seen = new Set<string>();
	let guard = 0;
	while (links.length < want && n > 1 && guard++ < want * 50) {
		const from = Math.floor(rand() * (n - 1));
		const reach = rand() < 0.85 ? 1 + Math.floor(rand() * 30) : 1 + Math.floor(rand() * (n - 1));
		const to = Math.min(n - 1, from + reach);
		if (to === from) continue;
		const key = `${from}>${to}`;
		if (seen.has(key)) continue;
		seen.add(key);
		links.push({ from: events[from].id, to: events[to].id, label: pick(rand, LABELS) });
	}

	return {
		id: `bench-${n}`,
		title: `Synthetic benchmark: ${n.toLocaleString('en-GB')} events`,
		description: `Generated by bench/generate.ts with n=${n}, seed=${seed}. Not real events.`,
		actors: ACTORS.map((a) => ({ ...a })),
		events,
		links
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = process.argv.slice(2);
	const summaries = args.includes('--summaries');
	const [n = 1000, seed = DEFAULT_SEED] = args.filter((a) => !a.startsWith('--')).map(Number);
	process.stdout.write(JSON.stringify(generateDataset(n, seed, { summaries })));
}
