import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '$lib/model/view';
import { changedFields, HistoryPolicy, TYPING_PAUSE } from './history';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

function policy() {
	let t = 1_000_000;
	const p = new HistoryPolicy(() => t);
	return { p, wait: (ms: number) => (t += ms), now: () => t };
}

describe('changedFields', () => {
	it('compares with the table: lists as sets, windows by their dates', () => {
		expect(changedFields(view({ actors: ['a', 'b'] }), view({ actors: ['b', 'a'] }))).toEqual([]);
		expect(
			changedFields(view({ view: { start: '2024', end: '2025' } }), view({ q: 'x', event: 'e' }))
		).toEqual(['q', 'event', 'view']);
	});
});

describe('HistoryPolicy', () => {
	it('pushes a new selection, closing it, and every filter change', () => {
		const { p } = policy();
		expect(p.step(DEFAULT_VIEW, view({ event: 'a' }))).toBe('push');
		expect(p.step(view({ event: 'a' }), view({ event: 'b' }))).toBe('push');
		expect(p.step(view({ event: 'b' }), DEFAULT_VIEW)).toBe('push');
		for (const patch of [
			{ actors: ['x'] },
			{ match: 'all' },
			{ kinds: ['attack'] },
			{ to: '2024' }
		])
			expect(p.step(DEFAULT_VIEW, view(patch as Partial<ViewState>))).toBe('push');
	});

	it('replaces the entry for camera and display changes, and writes them when a gesture pauses', () => {
		const { p } = policy();
		const moved = view({ view: { start: '2024', end: '2025' }, layout: 'actors', theme: 'dark' });
		expect(p.step(DEFAULT_VIEW, moved)).toBe('replace');
		expect(p.urgent(DEFAULT_VIEW, moved)).toBe(false);
		expect(p.urgent(DEFAULT_VIEW, view({ event: 'a' }))).toBe(true);
		expect(p.urgent(DEFAULT_VIEW, view({ q: 'a' }))).toBe(true);
	});

	it('makes one entry of a burst of typing, and a new one after a pause', () => {
		const { p, wait } = policy();
		const words = ['B', 'Be', 'Bes', 'Besh', 'Besha', 'Besham'];
		const steps = words.map((q, i) => {
			wait(150);
			return p.step(view({ q: words[i - 1] ?? '' }), view({ q }));
		});
		expect(steps).toEqual(['push', 'replace', 'replace', 'replace', 'replace', 'replace']);
		wait(TYPING_PAUSE + 1);
		expect(p.step(view({ q: 'Besham' }), view({ q: 'Besham attack' }))).toBe('push');
	});

	it('starts a new entry after the reader commits the search or picks something else', () => {
		const { p, wait } = policy();
		expect(p.step(DEFAULT_VIEW, view({ q: 'a' }))).toBe('push');
		p.settle();
		wait(10);
		expect(p.step(view({ q: 'a' }), view({ q: 'ab' }))).toBe('push');
		expect(p.step(view({ q: 'ab' }), view({ q: 'ab', event: 'e' }))).toBe('push');
		wait(10);
		expect(p.step(view({ q: 'ab', event: 'e' }), view({ q: 'abc', event: 'e' }))).toBe('push');
	});

	it('counts the pause from when the last edit was shown to when the next key was pressed', () => {
		const { p, wait, now } = policy();
		expect(p.step(DEFAULT_VIEW, view({ q: 'B' }))).toBe('push');
		// A slow redraw: 900 ms pass before the edit is on screen.
		wait(900);
		p.extend();
		const shown = now();
		// The next key, pressed 100 ms later but handled only 800 ms later: the same entry.
		wait(800);
		expect(p.step(view({ q: 'B' }), view({ q: 'Be' }), shown + 100)).toBe('replace');
		p.extend();
		const shownAgain = now();
		// A key pressed 700 ms after the edit was shown starts a new entry.
		wait(750);
		expect(p.step(view({ q: 'Be' }), view({ q: 'Bes' }), shownAgain + 700)).toBe('push');
	});

	it('makes each story step a place on a page, but not inside an embed', () => {
		const story = view({ story: 'the-argument', step: 2 });
		const next = view({ story: 'the-argument', step: 3 });
		expect(new HistoryPolicy().step(story, next)).toBe('push');
		expect(new HistoryPolicy().step(DEFAULT_VIEW, story)).toBe('push');
		expect(new HistoryPolicy(Date.now, { embed: true }).step(story, next)).toBe('replace');
	});
});
