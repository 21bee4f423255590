import { describe, expect, it } from 'vitest';
import {
	KEY_CONTEXT_TITLES,
	KEY_MAP,
	bindingsOf,
	keyAction,
	matches,
	type KeyContext
} from './keys';

const press = (key: string, mods: { shift?: boolean; alt?: boolean; ctrl?: boolean } = {}) => ({
	key,
	shiftKey: mods.shift ?? false,
	altKey: mods.alt ?? false,
	ctrlKey: mods.ctrl ?? false
});

const contexts = Object.keys(KEY_CONTEXT_TITLES) as KeyContext[];

describe('the key map', () => {
	it('binds no key twice in one context (for any combination of Shift and Alt)', () => {
		for (const context of contexts) {
			const rows = bindingsOf(context);
			for (const b of rows) {
				for (const key of b.keys) {
					for (const shiftKey of [false, true]) {
						for (const altKey of [false, true]) {
							const e = { key, shiftKey, altKey };
							const hits = rows.filter((r) => matches(r, e)).map((r) => r.action);
							expect(
								hits.length,
								`${context}: ${key} shift=${shiftKey} alt=${altKey} → ${hits}`
							).toBeLessThanOrEqual(1);
						}
					}
				}
			}
		}
	});

	it('gives every binding a label and a description, and every context a title', () => {
		for (const b of KEY_MAP) {
			expect(b.label.trim(), b.action).not.toBe('');
			expect(b.description.length, b.action).toBeGreaterThan(3);
			expect(b.keys.length, b.action).toBeGreaterThan(0);
		}
		expect(new Set(KEY_MAP.map((b) => b.context))).toEqual(new Set(contexts));
	});

	it.each([
		['chart', press('ArrowLeft'), 'previous'],
		['chart', press('ArrowRight', { shift: true }), 'follow-effects'],
		['chart', press('ArrowLeft', { alt: true }), 'pan-left'],
		['chart', press('+', { shift: true }), 'zoom-in'],
		['chart', press('='), 'zoom-in'],
		['chart', press('_', { shift: true }), 'zoom-out'],
		['chart', press('0'), 'fit'],
		['chart', press('PageDown'), 'page-right'],
		['chart', press('Home'), 'first'],
		['page', press('?', { shift: true }), 'help'],
		['page', press('Escape'), 'close'],
		['overview', press('ArrowLeft', { shift: true }), 'page-left'],
		['overview', press('ArrowUp'), 'zoom-in'],
		['overview', press('End'), 'last']
	] as const)('%s: %o is %s', (context, e, action) => {
		expect(keyAction(context, e)).toBe(action);
	});

	it('leaves the browser its own keys: Ctrl/Meta combinations, Tab, and Enter on a mark', () => {
		expect(keyAction('chart', press('+', { ctrl: true }))).toBeNull();
		expect(keyAction('chart', { ...press('0'), metaKey: true })).toBeNull();
		expect(keyAction('page', press('Tab'))).toBeNull();
		expect(keyAction('chart', press('Enter'))).toBeNull();
		expect(keyAction('chart', press('x'))).toBeNull();
		// Alt + Shift + ← is no binding of its own.
		expect(keyAction('chart', press('ArrowLeft', { alt: true, shift: true }))).toBe('pan-left');
	});
});
