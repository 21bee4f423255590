import { describe, expect, it } from 'vitest';
import { edtf } from '../model/dates.ts';
import type { TimelineEvent } from '../model/types.ts';
import { frameLayout, packTimeline, type PlacedMark } from './timeline.ts';

let order = 0;
function ev(
	id: string,
	date: string,
	endDate?: string,
	title = `Event ${id} with a title`
): TimelineEvent {
	const d = edtf(date);
	const ed = endDate ? edtf(endDate) : undefined;
	return {
		id,
		title,
		date: d,
		endDate: ed,
		start: d.start,
		end: ed ? ed.end : d.end,
		status: 'reported',
		kind: 'other',
		actors: [],
		sources: [],
		tags: [],
		attributions: [],
		order: order++
	};
}

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const W = 800;

function frame(events: TimelineEvent[], from: string, to: string, width = W) {
	const window = { start: day(from), end: day(to) };
	const packed = packTimeline(events, [], 'compact', width / (window.end - window.start));
	return frameLayout(packed, window, width);
}

const overlaps = (a: PlacedMark, b: PlacedMark) =>
	a.row === b.row &&
	Math.min(a.x0, a.labelX) < Math.max(b.x1, b.labelX + b.labelWidth) &&
	Math.min(b.x0, b.labelX) < Math.max(a.x1, a.labelX + a.labelWidth);

describe('frameLayout: labels first', () => {
	it('labels every event of a busy month, in more rows rather than fewer labels', () => {
		const busy = Array.from({ length: 20 }, (_, i) =>
			ev(`e${i}`, `2024-06-${String(i + 1).padStart(2, '0')}`)
		);
		const layout = frame(busy, '2024-01-01', '2024-12-31');
		expect(layout.marks).toHaveLength(20);
		expect(layout.marks.every((m) => m.labelVisible)).toBe(true);
		for (const a of layout.marks)
			for (const b of layout.marks) if (a !== b) expect(overlaps(a, b)).toBe(false);
	});

	it('keeps every label inside the chart', () => {
		const busy = Array.from({ length: 12 }, (_, i) =>
			ev(`e${i}`, `2024-0${1 + (i % 9)}-1${i % 9}`)
		);
		const layout = frame(busy, '2024-01-01', '2024-10-01');
		for (const m of layout.marks) {
			if (m.x1 < 0 || m.x0 > W) continue;
			expect(m.labelVisible).toBe(true);
			expect(m.labelX).toBeGreaterThanOrEqual(0);
			expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(W);
		}
	});

	it('pins the label of a span that starts before the window to the visible left edge', () => {
		const layout = frame(
			[ev('june', '2024-06'), ev('x', '2024-06-20')],
			'2024-06-06',
			'2024-06-09'
		);
		const june = layout.marks.find((m) => m.eventId === 'june')!;
		expect(june.geom.x0).toBeLessThan(0);
		expect(june.labelVisible).toBe(true);
		expect(june.labelX).toBeGreaterThanOrEqual(0);
		expect(june.labelX).toBeLessThan(20);
	});

	it('shortens a label at the right edge rather than letting it run out of the chart', () => {
		const layout = frame(
			[
				ev('a', '2024-06-28', undefined, 'A long title that cannot fit before the edge'),
				ev('z', '2024-09-01')
			],
			'2024-06-01',
			'2024-07-01'
		);
		const a = layout.marks.find((m) => m.eventId === 'a')!;
		expect(a.labelVisible).toBe(true);
		expect(a.labelX + a.labelWidth).toBeLessThanOrEqual(W);
		expect(
			a.label === 'A long title that cannot fit before the edge' || a.label.endsWith('…')
		).toBe(true);
	});

	it('hides labels mid-gesture (stale packing) so they can never overlap', () => {
		const events = [ev('a', '2024-06-01'), ev('b', '2024-06-02')];
		const window = { start: day('2024-05-01'), end: day('2024-07-01') };
		const packed = packTimeline(events, [], 'compact', W / (window.end - window.start));
		expect(frameLayout(packed, window, W, [], true).marks.some((m) => m.labelVisible)).toBe(false);
	});
});

describe('groups', () => {
	it('gathers what the row limit cannot hold into labelled groups that lose no event', () => {
		const many = Array.from({ length: 40 }, (_, i) => ev(`e${i}`, '2024-06-10'));
		const window = { start: day('2024-01-01'), end: day('2024-12-31') };
		const packed = packTimeline(many, [], 'compact', W / (window.end - window.start), {
			rowLimit: 5
		});
		const layout = frameLayout(packed, window, W);
		const grouped = layout.clusters.reduce((n, c) => n + c.count, 0);
		expect(layout.marks.length + grouped).toBe(40);
		expect(layout.clusters[0].label).toMatch(/^\d+ events, 10 June 2024$/);
		expect(layout.clusters[0].labelWidth).toBeGreaterThan(0);
	});
});

describe('labels beside the details', () => {
	it('end at the edge the details leave free, as they would at the plot’s own edge', () => {
		const events = [ev('late', '2024-06-20', undefined, 'A long title for the last event of all')];
		const window = { start: day('2024-06-01'), end: day('2024-07-01') };
		const packed = packTimeline(events, [], 'compact', W / (window.end - window.start));
		const open = frameLayout(packed, window, W, [], false, 12, 600);
		const m = open.marks[0];
		// The mark lies left of 600 px; its label does not run under the details.
		expect(m.x0).toBeLessThan(600);
		expect(m.labelVisible).toBe(true);
		expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(600);
		const closed = frameLayout(packed, window, W);
		expect(closed.marks[0].labelX + closed.marks[0].labelWidth).toBeGreaterThan(600);
	});
});
