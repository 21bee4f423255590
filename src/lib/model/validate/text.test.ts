/** Text rules: tidied ids and names, control characters, lone surrogates, invisible titles, duplicates. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../validate.ts';
import { hasVisibleText, textProblem, tidyText } from './text.ts';

const file = 'x.json';
const lines = (raw: unknown) =>
	validateDataset(raw, file).problems.map((p) => formatProblem(file, p, raw));
const event = (extra: object) => ({ id: 'a', title: 'A', date: '2024', ...extra });

describe('tidyText', () => {
	it('trims and NFC-normalises ids, references and names, and nothing else', () => {
		const out = tidyText({
			actors: [{ id: ' ttp ', name: 'Cafe\u0301 ' }],
			events: [{ id: 'a ', title: ' A', actors: [' ttp'], summary: ' kept ' }],
			links: [{ from: ' a', to: 'b ' }]
		}) as Record<string, { [k: string]: unknown }[]>;
		expect(out.actors[0]).toEqual({ id: 'ttp', name: 'Café' });
		expect(out.events[0]).toEqual({ id: 'a', title: 'A', actors: ['ttp'], summary: ' kept ' });
		expect(out.links[0]).toEqual({ from: 'a', to: 'b' });
	});

	it('lets a dataset whose ids carry spaces validate, references included', () => {
		const r = validateDataset({
			actors: [{ id: 'ttp ', name: 'TTP' }],
			events: [event({ actors: [' ttp'] })]
		});
		expect(r.problems).toEqual([]);
		expect(r.dataset?.events[0].actors).toEqual(['ttp']);
	});
});

describe('textProblem', () => {
	it('finds control characters and unpaired surrogates, and passes tabs, breaks and emoji', () => {
		expect(textProblem('tab\tand\nline\r\nbreaks 🙂')).toBeNull();
		expect(textProblem('bell\u0007')).toBe(
			'contains the control character U+0007 at position 5: only tabs and line breaks are allowed'
		);
		expect(textProblem('a\uD800b')).toBe(
			'contains a broken character at position 2 (U+D800, half of a UTF-16 pair): the file was cut or converted badly'
		);
		expect(hasVisibleText('\u200B\u00A0 \u2060')).toBe(false);
		expect(hasVisibleText('—')).toBe(true);
	});
});

describe('validateDataset: text rules', () => {
	it('rejects a title with nothing visible in it', () => {
		expect(lines({ events: [event({ title: '\u200B\u2060\u00A0' })] })).toEqual([
			'x.json: events[0] (id "a").title: "\\u200B\\u2060" has no visible character: a title is needed'
		]);
	});

	it('rejects control characters (NUL, BEL, ESC) and lone surrogates, in text and links', () => {
		expect(lines({ events: [event({ summary: 'esc\u001b[31m' })] })).toEqual([
			'x.json: events[0] (id "a").summary: "esc\\u001b[31m" contains the control character U+001B at position 4: only tabs and line breaks are allowed'
		]);
		expect(
			lines({ events: [event({ sources: [{ title: 'S', url: 'https://x.org/\uDC00' }] })] })
		).toEqual([
			'x.json: events[0] (id "a").sources[0].url: "https://x.org/\\udc00" contains a broken character at position 15 (U+DC00, half of a UTF-16 pair): the file was cut or converted badly'
		]);
	});

	it('merges an actor listed twice in an event, with one warning', () => {
		const raw = {
			actors: [{ id: 'ttp', name: 'TTP' }],
			events: [event({ actors: ['ttp', 'ttp', 'ttp'] })]
		};
		expect(lines(raw)).toEqual([
			'x.json: warning: events[0] (id "a").actors: "ttp" is listed 3 times; it is kept once'
		]);
		expect(validateDataset(raw).dataset?.events[0].actors).toEqual(['ttp']);
	});

	it('reports an unknown actor listed twice once', () => {
		expect(
			lines({ events: [event({ actors: ['', ''] })] }).filter((l) => !l.includes('warning'))
		).toEqual([
			'x.json: events[0] (id "a").actors[0]: "" is not a valid id (1–64 letters, digits, _ or -)',
			'x.json: events[0] (id "a").actors[1]: "" is not a valid id (1–64 letters, digits, _ or -)'
		]);
	});

	it('collapses an exact copy of a link and warns of two links that say different things', () => {
		const raw = {
			events: [event({}), { id: 'b', title: 'B', date: '2025' }],
			links: [
				{ from: 'a', to: 'b', label: 'led to' },
				{ from: 'a', to: 'b', label: 'led to' },
				{ from: 'a', to: 'b', label: 'prompted' }
			]
		};
		expect(lines(raw)).toEqual([
			'x.json: warning: links[1] (from "a" to "b"): is an exact copy of links[0]; it is kept once',
			'x.json: warning: links[2] (from "a" to "b"): links the same events as links[0], with other words: both are kept; check that both are meant'
		]);
		expect(validateDataset(raw).dataset?.links.map((l) => l.label)).toEqual(['led to', 'prompted']);
	});

	it('finds the copy of any earlier link between the same events, not only of the first', () => {
		const raw = {
			events: [event({}), { id: 'b', title: 'B', date: '2025' }],
			links: [
				{ from: 'a', to: 'b', label: 'led to' },
				{ from: 'a', to: 'b', label: 'prompted' },
				{ from: 'a', to: 'b', label: 'prompted' }
			]
		};
		expect(lines(raw)).toEqual([
			'x.json: warning: links[1] (from "a" to "b"): links the same events as links[0], with other words: both are kept; check that both are meant',
			'x.json: warning: links[2] (from "a" to "b"): is an exact copy of links[1]; it is kept once'
		]);
	});
});
