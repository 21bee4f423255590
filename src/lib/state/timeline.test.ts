import { describe, expect, it } from 'vitest';
import { datasetOf } from '$lib/model/fixture';
import { DEFAULT_VIEW, parseView, sameView, viewToSearch, type ViewState } from '$lib/model/view';
import { DAY } from '$lib/layout/scale';
import { MIN_SPAN, TimelineState } from './timeline.svelte';

const dataset = datasetOf;

const small = dataset({
	id: 'small',
	title: 'Small',
	actors: [
		{ id: 'ttp', name: 'TTP' },
		{ id: 'china', name: 'China' },
		{ id: 'pak', name: 'Pakistan' }
	],
	events: [
		{ id: 'a', title: 'Attack in Besham', date: '2024-03-26', kind: 'attack', actors: ['ttp'] },
		{ id: 'b', title: 'Visit', date: '2024-06-04', kind: 'diplomacy', actors: ['pak', 'china'] },
		{ id: 'c', title: 'Statement', date: '2024-06-08', kind: 'statement', actors: ['china'] },
		{ id: 'd', title: 'Launch', date: '2024-06-22', kind: 'military-operation', actors: ['pak'] },
		{ id: 'e', title: 'Second attack', date: '2024-08-01', kind: 'attack', actors: ['ttp', 'pak'] }
	],
	links: [
		{ from: 'a', to: 'c' },
		{ from: 'c', to: 'd' }
	]
});

const ids = (tl: TimelineState) => tl.visible.map((e) => e.id);

describe('filters', () => {
	it('keeps the events that pass, and counts what each choice would show', () => {
		const tl = new TimelineState(small);
		expect(ids(tl)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(tl.filtered).toBe(false);
		expect(tl.countText).toBe('All 5 events');

		tl.toggleActor('pak');
		expect(ids(tl)).toEqual(['b', 'd', 'e']);
		expect(tl.countText).toBe('3 of 5 events');
		tl.toggleActor('ttp');
		expect(ids(tl)).toEqual(['a', 'b', 'd', 'e']);
		// Lists stay in dataset order, whatever the order of clicks.
		expect(tl.actors).toEqual(['ttp', 'pak']);
		tl.match = 'all';
		expect(ids(tl)).toEqual(['e']);

		tl.clearFilters();
		tl.toggleKind('attack');
		expect(ids(tl)).toEqual(['a', 'e']);
		expect(tl.actorCounts.get('ttp')).toBe(2);
		expect(tl.actorCounts.get('china')).toBe(0);
		expect(tl.kindCounts.get('diplomacy')).toBe(1);
		tl.toggleKind('attack');
		expect(tl.filtered).toBe(false);
	});

	it('searches text and filters by time', () => {
		const tl = new TimelineState(small);
		tl.q = 'besham';
		expect(ids(tl)).toEqual(['a']);
		tl.q = '';
		tl.setRange('2024-06', '2024-06');
		expect(ids(tl)).toEqual(['b', 'c', 'd']);
		tl.setRange('2024-13', 'June');
		expect([tl.from, tl.to]).toEqual([null, null]);
		expect(ids(tl)).toHaveLength(5);
	});
});

describe('selection', () => {
	it('selects known events only, and steps through the visible ones in time order', () => {
		const tl = new TimelineState(small);
		tl.select('ghost');
		expect(tl.selectedId).toBeNull();
		expect(tl.adjacent(1)?.id).toBe('a');
		expect(tl.adjacent(-1)?.id).toBe('e');
		tl.select('b');
		expect(tl.selected?.title).toBe('Visit');
		tl.stepEvent(1);
		expect(tl.selectedId).toBe('c');
		tl.stepEvent(-1);
		tl.stepEvent(-1);
		expect(tl.selectedId).toBe('a');
		tl.stepEvent(-1);
		expect(tl.selectedId).toBe('a');
		expect(tl.adjacent(-1)).toBeNull();
	});

	it('steps from a filtered-out selection to the nearest visible event that way', () => {
		const tl = new TimelineState(small);
		tl.select('c');
		tl.toggleKind('attack');
		expect(tl.adjacent(1)?.id).toBe('e');
		expect(tl.adjacent(-1)?.id).toBe('a');
	});

	it('brings a selected event outside the window into view', () => {
		const tl = new TimelineState(small);
		tl.setWindow({ start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 5, 30) });
		tl.select('e');
		const e = tl.byId.get('e')!;
		expect(tl.window.start).toBeLessThanOrEqual(e.start);
		expect(tl.window.end).toBeGreaterThanOrEqual(e.end);
	});
});

describe('camera', () => {
	it('opens on the data and clamps every move to its bounds and the shortest span', () => {
		const tl = new TimelineState(small);
		expect(tl.windowSet).toBe(false);
		expect(tl.window).toEqual(tl.home);
		tl.setWindow({ start: tl.bounds.start - 400 * DAY, end: tl.bounds.end + 400 * DAY });
		expect(tl.window).toEqual(tl.bounds);
		expect(tl.canZoomOut).toBe(false);
		tl.setWindow({ start: Date.UTC(2024, 5, 8), end: Date.UTC(2024, 5, 8) + 1000 });
		expect(tl.window.end - tl.window.start).toBeCloseTo(MIN_SPAN, -3);
		expect(tl.canZoomIn).toBe(false);
		expect(tl.windowSet).toBe(true);
	});

	it('does not write when nothing changed', () => {
		const tl = new TimelineState(small);
		const before = tl.window;
		tl.setWindow({ ...before });
		expect(tl.windowSet).toBe(false);
		expect(tl.window).toBe(before);
		tl.fit();
		const fitted = tl.window;
		tl.fit();
		tl.pan(0);
		tl.zoom(1);
		expect(tl.window).toBe(fitted);
	});

	it('may go further right by the share the details cover, so the last events clear them', () => {
		const tl = new TimelineState(small);
		const data = tl.bounds;
		tl.reserveRight = 0.25;
		const span = data.end - data.start;
		expect(tl.bounds.start).toBe(data.start);
		expect(tl.bounds.end).toBeCloseTo(data.end + span / 3);
		// Everything, the last event included, fits in the part the details leave free.
		tl.fit();
		expect(tl.window.end).toBeCloseTo(tl.bounds.end);
		tl.reserveRight = 0;
		expect(tl.bounds).toEqual(data);
	});

	it('zooms about the selected event, keeping it where it was on screen', () => {
		const tl = new TimelineState(small);
		const from = Date.UTC(2024, 4, 20);
		const to = Date.UTC(2024, 6, 20);
		tl.setWindow({ start: from, end: to });
		tl.select('c');
		const c = tl.byId.get('c')!;
		const at = (w = tl.window) => ((c.start + c.end) / 2 - w.start) / (w.end - w.start);
		const before = at();
		tl.zoom(2);
		expect(tl.window.end - tl.window.start).toBeCloseTo((to - from) / 2);
		expect(at()).toBeCloseTo(before, 6);
		// Without a selection, about the middle.
		tl.select(null);
		const mid = (tl.window.start + tl.window.end) / 2;
		tl.zoom(2);
		expect((tl.window.start + tl.window.end) / 2).toBeCloseTo(mid, -1);
	});
});

describe('URL form', () => {
	const known = {
		actors: new Set(small.actors.map((a) => a.id)),
		events: new Set(small.events.map((e) => e.id))
	};
	const views: Partial<ViewState>[] = [
		{},
		{ actors: ['ttp', 'china'], match: 'all' },
		{ kinds: ['attack', 'statement'], q: 'besham attack' },
		{ from: '2024-06', to: '2024', event: 'c' },
		{ layout: 'actors', arrows: false, theme: 'dark', controls: false },
		{ view: { start: '2024-05-01', end: '2024-07-01' }, event: 'c' },
		{ src: '/data/other.json' }
	];

	it.each(views)('applyView then toView gives the view back: %j', (patch) => {
		const view = { ...DEFAULT_VIEW, ...patch };
		const tl = new TimelineState(small);
		tl.applyView(view);
		expect(sameView(tl.toView(), view)).toBe(true);
		// and through the URL: the state's URL parses to the same state
		const search = viewToSearch(tl.toView(), { embed: true });
		expect(viewToSearch(parseView(new URLSearchParams(search), known), { embed: true })).toBe(
			search
		);
	});

	it('drops ids the dataset lacks, and orders actors as the dataset does', () => {
		const tl = new TimelineState(small);
		tl.applyView({ ...DEFAULT_VIEW, actors: ['pak', 'nobody', 'ttp'], event: 'ghost' });
		expect(tl.actors).toEqual(['ttp', 'pak']);
		expect(tl.toView().event).toBeNull();
	});

	it('returns the camera to its opening view when the link has none', () => {
		const tl = new TimelineState(small);
		tl.applyView({ ...DEFAULT_VIEW, view: { start: '2024-06', end: '2024-07' } });
		expect(tl.windowSet).toBe(true);
		expect(tl.toView().view).toEqual({ start: '2024-06-01', end: '2024-07-31' });
		tl.applyView(DEFAULT_VIEW);
		expect(tl.windowSet).toBe(false);
		expect(tl.window).toEqual(tl.home);
	});

	it('keeps its filter lists when a view changes only the selection (nothing is filtered again)', () => {
		const tl = new TimelineState(small);
		const filtered = { ...DEFAULT_VIEW, actors: ['pak'], kinds: ['attack' as const] };
		tl.applyView(filtered);
		const { actors, kinds } = tl;
		expect(tl.visible.map((e) => e.id)).toEqual(['e']);
		tl.applyView({ ...filtered, event: 'e', actors: ['pak'], kinds: ['attack'] });
		expect(tl.selectedId).toBe('e');
		expect(tl.actors).toBe(actors);
		expect(tl.kinds).toBe(kinds);
		tl.applyView({ ...filtered, kinds: [] });
		expect(tl.visible.map((e) => e.id)).toEqual(['b', 'd', 'e']);
	});
});

describe('setDataset', () => {
	const other = dataset({
		title: 'Other',
		actors: [{ id: 'ttp', name: 'TTP' }],
		events: [
			{ id: 'x', title: 'X', date: '2020-01-01', actors: ['ttp'] },
			{ id: 'y', title: 'Y', date: '2021-01-01' }
		]
	});

	it('shows the new data and keeps the view where its ids still exist', () => {
		const tl = new TimelineState(small, { actors: ['ttp'], event: 'a', layout: 'actors' });
		tl.setDataset(other);
		expect(tl.dataset.title).toBe('Other');
		expect(ids(tl)).toEqual(['x']);
		expect(tl.layout).toBe('actors');
		expect(tl.selectedId).toBeNull();
		expect(tl.windowSet).toBe(false);
		expect(tl.window).toEqual(tl.home);
		expect(tl.home.start).toBeLessThan(Date.UTC(2020, 0, 1));
	});

	it('applies the view it is given, camera included', () => {
		const tl = new TimelineState(small);
		tl.setDataset(other, {
			...DEFAULT_VIEW,
			event: 'x',
			view: { start: '2020-01', end: '2020-09' }
		});
		expect(tl.selectedId).toBe('x');
		expect(tl.toView().view).toEqual({ start: '2020-01-01', end: '2020-09-30' });
	});
});
