import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlacedMark } from '$lib/layout/timeline';
import { datasetOf } from '$lib/model/fixture';
import { eventsById } from '$lib/model/lookup';
import { paintMarks } from './paint';

const dataset = datasetOf({
	id: 'p',
	title: 'P',
	events: [
		{ id: 'a', title: 'Alpha', date: '2024-01-01' },
		{ id: 'b', title: 'Beta', date: '2024-02-01' }
	]
});

const mark = (eventId: string, x: number, y = 13): PlacedMark =>
	({
		key: eventId,
		eventId,
		geom: { id: eventId, shape: 'point', x0: x, x1: x, cx: x, fuzzy: false },
		y,
		label: eventId === 'a' ? 'Alpha' : 'Beta',
		labelX: x + 10,
		labelVisible: true
	}) as unknown as PlacedMark;

/** A canvas context that records the labels it is asked to write. */
function recorder() {
	const texts: string[] = [];
	const noop = () => {};
	const ctx = new Proxy(
		{ fillText: (t: string) => void texts.push(t) },
		{ get: (target, key) => (key in target ? target[key as 'fillText'] : noop), set: () => true }
	) as unknown as CanvasRenderingContext2D;
	return { ctx, texts };
}

const style = { kind: () => '#123456', background: '#fff', text: '#000', font: '12px sans-serif' };

afterEach(() => vi.unstubAllGlobals());

describe('paintMarks', () => {
	it('writes every placed label, but leaves the selected one to the overlay (drawn bold)', () => {
		vi.stubGlobal('Path2D', class {});
		const marks = [mark('a', 10), mark('b', 200)];
		const all = recorder();
		paintMarks(all.ctx, marks, eventsById(dataset), style, null);
		expect(all.texts).toEqual(['Alpha', 'Beta']);
		const selected = recorder();
		paintMarks(selected.ctx, marks, eventsById(dataset), style, null, 'a');
		expect(selected.texts).toEqual(['Beta']);
	});

	it('paints only the marks in the band of rows the canvas holds', () => {
		vi.stubGlobal('Path2D', class {});
		const marks = [mark('a', 10, 13), mark('b', 200, 613)];
		const top = recorder();
		paintMarks(top.ctx, marks, eventsById(dataset), style, null, null, { y0: 0, y1: 400 });
		expect(top.texts).toEqual(['Alpha']);
		const lower = recorder();
		paintMarks(lower.ctx, marks, eventsById(dataset), style, null, null, { y0: 400, y1: 900 });
		expect(lower.texts).toEqual(['Beta']);
	});
});
