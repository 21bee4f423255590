import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLink } from './describe.ts';
import { linkSentence, linkVerb, quote, safeHref } from './labels.ts';
import { validateDataset } from './validate.ts';
import type { CausalLink } from './types.ts';
import { linkHost } from './url.ts';

const link = (label: string, hedge?: string): Pick<CausalLink, 'label' | 'hedge'> => ({
	label,
	hedge
});

describe('linkSentence: the examples a reader found broken', () => {
	it.each([
		[
			link('fed the displeasure presumably signalled during', 'presumably'),
			'Besham attack',
			'Beijing visit',
			'“Besham attack” fed the displeasure presumably signalled during “Beijing visit”.'
		],
		[
			link('likely prompted the timing of', 'likely'),
			'Joint statement',
			'Azm launch',
			'“Joint statement” likely prompted the timing of “Azm launch”.'
		],
		[
			link('came a day before, and may have fed into,'),
			'Liu’s warning',
			'Azm launch',
			'“Liu’s warning” came a day before, and may have fed into, “Azm launch”.'
		],
		[link('might lead to', 'might'), 'A', 'B', '“A” might lead to “B”.'],
		[link('Would lead to', 'WOULD'), 'A', 'B', '“A” would lead to “B”.']
	])('%o: %s → %s', (l, from, to, expected) => {
		expect(linkSentence(l, from, to)).toBe(expected);
	});
});

describe('linkSentence: hedges, punctuation and quotes', () => {
	it.each([
		// An adverb hedge the label lacks goes in front of the verb, once.
		[link('prompted', 'likely'), '“A” likely prompted “B”.'],
		[link('prompted', 'Probably'), '“A” probably prompted “B”.'],
		// A hedge that is not an adverb is said apart, in the source's words.
		[
			link('might lead to', 'wouldn’t be unforeseeable'),
			'“A” might lead to “B” (in the source’s words, “wouldn’t be unforeseeable”).'
		],
		// Empty or blank hedges and labels.
		[link('prompted', ''), '“A” prompted “B”.'],
		[link('prompted', '   '), '“A” prompted “B”.'],
		[link(''), '“A” led to “B”.'],
		// Stray spaces and doubled marks.
		[link('  led ,, to  '), '“A” led, to “B”.'],
		[link('fed into,,'), '“A” fed into, “B”.'],
		// A label that opens with a clause set off by commas gets its opening comma.
		[
			link('if it disappoints, might lead to', 'might'),
			'“A”, if it disappoints, might lead to “B”.'
		],
		// A label ending on a quotation names its object in apposition.
		[link('preceded the “long-overdue response”'), '“A” preceded the “long-overdue response”, “B”.']
	])('%o → %s', (l, expected) => {
		expect(linkSentence(l, 'A', 'B')).toBe(expected);
	});

	it('nests quotation marks inside titles and ends a question without a stray stop', () => {
		expect(linkSentence(link('is cited in'), 'The “cypher” cable', 'The Diplomat: “Is it?”')).toBe(
			'“The ‘cypher’ cable” is cited in “The Diplomat: ‘Is it?’”'
		);
		expect(quote('say "hi" now')).toBe('“say ‘hi’ now”');
	});

	it('can leave titles unquoted and the stop off, for accessible names', () => {
		expect(linkSentence(link('prompted', 'likely'), 'a', 'b', { quoted: false, stop: false })).toBe(
			'A likely prompted b'
		);
	});
});

describe('linkVerb', () => {
	it.each([
		[link('likely prompted the timing of', 'likely'), 'likely prompted the timing of'],
		[link('came a day before, and may have fed into,'), 'came a day before, and may have fed into'],
		[link('prompted', 'likely'), 'likely prompted'],
		[link('might lead to', 'might'), 'might lead to'],
		[link('led to', ' '), 'led to']
	])('%o → %s', (l, expected) => {
		expect(linkVerb(l)).toBe(expected);
	});
});

describe('safeHref', () => {
	it.each([
		['https://example.org/a', 'https://example.org/a'],
		['mailto:a@example.org', 'mailto:a@example.org'],
		['javascript:alert(1)', undefined],
		['data:text/html,x', undefined],
		[undefined, undefined]
	])('%s → %s', (url, expected) => {
		expect(safeHref(url)).toBe(expected);
	});
});

// --- every link of every shipped dataset -------------------------------------------------------

const dataDir = join(import.meta.dirname, '../../../data');
const files = readdirSync(dataDir, { withFileTypes: true })
	.filter((f) => f.isFile() && f.name.endsWith('.json'))
	.map((f) => f.name);

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
const words = (phrase: string) =>
	new RegExp(
		`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
		'giu'
	);

/** What a reader would notice as broken English in a generated sentence; [] when it reads well. */
function flaws(sentence: string, hedge: string | undefined, titles: string[]): string[] {
	const found: string[] = [];
	const doubled = sentence.match(/(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/iu);
	if (doubled) found.push(`doubled word "${doubled[0]}"`);
	if (/[,;:]\s*[,;:]/.test(sentence)) found.push('doubled punctuation');
	if (/\s[,;:.)]/.test(sentence)) found.push('space before punctuation');
	if (/\(\s*\)/.test(sentence)) found.push('empty parentheses');
	if (/\s{2,}/.test(sentence)) found.push('double space');
	if (count(sentence, /“/g) !== count(sentence, /”/g)) found.push('unbalanced “”');
	if (count(sentence, /‘/g) > count(sentence, /’/g)) found.push('unbalanced ‘’');
	if (count(sentence, /"/g) % 2 !== 0) found.push('unbalanced "');
	if (count(sentence, /\(/g) !== count(sentence, /\)/g)) found.push('unbalanced ()');
	if (/[,;:(]\s*[.’”]*$/.test(sentence)) found.push('ends on a stray mark');
	if (!/[.!?][’”]*$/.test(sentence)) found.push('no full stop');
	if (!/^“?\p{Lu}|^“?\p{N}/u.test(sentence)) found.push('no capital');
	const h = hedge?.trim();
	if (h) {
		const inTitles = titles.reduce((n, t) => n + count(t, words(h)), 0);
		if (count(sentence, words(h)) > 1 + inTitles) found.push(`hedge "${h}" repeated`);
		if (new RegExp(`\\(\\s*${h}\\s*\\)`, 'i').test(sentence)) found.push(`dangling "(${h})"`);
	}
	return found;
}

describe('the sentence for every link of every dataset in data/', () => {
	it('finds the shipped datasets', () => {
		expect(files).toContain('azm-e-istehkam.json');
	});

	for (const file of files) {
		it(`reads as English for every link in ${file}`, () => {
			const raw = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
			const { dataset } = validateDataset(raw, file);
			expect(dataset, `${file} is valid`).toBeDefined();
			const events = new Map(dataset!.events.map((e) => [e.id, e]));
			expect(dataset!.links.length).toBeGreaterThan(0);
			const problems: string[] = [];
			for (const l of dataset!.links) {
				const from = events.get(l.from)!.title;
				const to = events.get(l.to)!.title;
				const sentence = linkSentence(l, from, to);
				const spoken = `${describeLink(l, events)}.`;
				for (const s of [sentence, spoken]) {
					for (const flaw of flaws(s, l.hedge, [from, to])) problems.push(`${l.id}: ${flaw}: ${s}`);
				}
			}
			expect(problems).toEqual([]);
		});
	}

	it('the checks catch the sentences readers found broken', () => {
		const hedge = 'presumably';
		const old = 'A fed the displeasure presumably signalled during (presumably) B.';
		expect(flaws(old, hedge, ['A', 'B'])).toEqual([
			'hedge "presumably" repeated',
			'dangling "(presumably)"'
		]);
		expect(flaws('A came a day before, and may have fed into,, B.', undefined, [])).toEqual([
			'doubled punctuation'
		]);
		expect(flaws('A led to to B ,', undefined, [])).toEqual([
			'doubled word "to to"',
			'space before punctuation',
			'ends on a stray mark',
			'no full stop'
		]);
		expect(flaws('“A led to B.', undefined, [])).toEqual(['unbalanced “”']);
	});
});

describe('linkHost', () => {
	it('shows where a link goes: host, a user name before @, punycode for look-alikes', () => {
		expect(linkHost('https://www.dawn.com/news/1')).toBe('www.dawn.com');
		expect(linkHost('https://trusted.example@evil.example/login')).toBe(
			'trusted.example@evil.example'
		);
		expect(linkHost('https://user:secret@x.org/')).toBe('user:…@x.org');
		// A Cyrillic "а" in "pаypal".
		expect(linkHost('https://p\u0430ypal.com/')).toBe('xn--pypal-4ve.com');
		expect(linkHost('mailto:desk@example.org')).toBe('desk@example.org');
		expect(linkHost('javascript:alert(1)')).toBeNull();
		expect(linkHost('not a url')).toBeNull();
	});
});
