import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import { timeOrder } from './lookup.ts';
import type { CausalLink } from './types.ts';
import { validateDataset } from './validate.ts';
import {
	foldSummary,
	treeSummary,
	WHY_LIMITS,
	whyTree,
	type WhyEntry,
	type WhyTree
} from './why.ts';

const link = (from: string, to: string, note?: string): CausalLink => ({
	id: `${from}->${to}`,
	from,
	to,
	label: 'led to',
	basis: 'reported',
	note,
	sources: []
});

const order = new Map(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => [id, i]));

/** The tree as indented lines: "b" for a node, "b (ref, above)" for a reference. */
function outline(tree: WhyTree): string[] {
	const lines: string[] = [];
	const walk = (entries: WhyEntry[], indent: string) => {
		for (const e of entries) {
			if (e.kind === 'ref') {
				const where = e.cycle ? 'cycle' : e.above ? 'above' : 'below';
				lines.push(`${indent}${e.id} (ref, ${where})`);
			} else {
				lines.push(`${indent}${e.id}`);
				walk(e.children, `${indent}  `);
			}
		}
	};
	walk(tree.entries, '');
	return lines;
}

const tree = (links: CausalLink[], root: string, direction: 'causes' | 'effects' = 'causes') =>
	whyTree(buildGraph(links), root, direction, order);

describe('whyTree', () => {
	it.each([
		{
			name: 'a chain: each cause folded under the one it comes through',
			links: [link('a', 'b'), link('b', 'c'), link('c', 'd')],
			root: 'd',
			expected: ['c', '  b', '    a']
		},
		{
			name: 'direct causes first, in date order whatever the data order',
			links: [link('c', 'e'), link('a', 'e'), link('b', 'e')],
			root: 'e',
			expected: ['a', 'b', 'c']
		},
		{
			name: 'a diamond: the shared cause appears once, the other path refers to it',
			// a -> b -> d, a -> c -> d
			links: [link('a', 'b'), link('a', 'c'), link('b', 'd'), link('c', 'd')],
			root: 'd',
			expected: ['b', '  a', 'c', '  a (ref, above)']
		},
		{
			name: 'a direct cause that is also an indirect one stays direct',
			// a -> d and a -> b -> d
			links: [link('a', 'b'), link('b', 'd'), link('a', 'd')],
			root: 'd',
			expected: ['a', 'b', '  a (ref, above)']
		},
		{
			name: 'a shared cause placed at its shortest distance, even under a later branch',
			// a -> b -> c -> g, a -> f -> g: a is 2 steps back through f, 3 through b and c.
			links: [link('a', 'b'), link('b', 'c'), link('c', 'g'), link('a', 'f'), link('f', 'g')],
			root: 'g',
			expected: ['c', '  b', '    a (ref, below)', 'f', '  a']
		},
		{
			name: 'a cycle terminates and says it loops back',
			links: [link('a', 'b'), link('b', 'c'), link('c', 'a')],
			root: 'a',
			expected: ['c', '  b', '    a (ref, cycle)']
		},
		{
			name: 'a self-link is a cycle of one',
			links: [link('a', 'a')],
			root: 'a',
			expected: ['a (ref, cycle)']
		},
		{
			name: 'no causes: an empty tree',
			links: [link('a', 'b')],
			root: 'a',
			expected: []
		}
	])('$name', ({ links, root, expected }) => {
		expect(outline(tree(links, root))).toEqual(expected);
	});

	it('walks effects the same way', () => {
		const t = tree(
			[link('a', 'b'), link('a', 'c'), link('b', 'd'), link('c', 'd')],
			'a',
			'effects'
		);
		expect(outline(t)).toEqual(['b', '  d', 'c', '  d (ref, above)']);
		expect(t.entries[0].link.id).toBe('a->b');
	});

	it('counts what each fold holds and how far back it reaches', () => {
		const t = tree(
			[link('a', 'b'), link('b', 'c'), link('c', 'e'), link('d', 'e'), link('b', 'd')],
			'e'
		);
		expect(outline(t)).toEqual(['c', '  b', '    a', 'd', '  b (ref, above)']);
		const [c, d] = t.entries;
		expect(c.kind === 'node' && [c.descendants, c.references, c.deepest]).toEqual([2, 0, 3]);
		expect(d.kind === 'node' && [d.descendants, d.references, d.deepest]).toEqual([0, 1, 1]);
		expect(c.kind === 'node' && foldSummary(c, 'causes')).toBe(
			'2 earlier causes, up to 3 steps back'
		);
		expect(d.kind === 'node' && foldSummary(d, 'causes')).toBe(
			'1 more link to events listed elsewhere'
		);
		expect([t.events, t.deepest]).toEqual([4, 3]);
		expect(treeSummary(t)).toBe('2 direct causes; 4 in all, up to 3 steps back');
		const effects = tree([link('a', 'b'), link('b', 'c')], 'a', 'effects');
		const b = effects.entries[0];
		expect(b.kind === 'node' && foldSummary(b, 'effects')).toBe('1 later effect, up to 2 steps on');
		expect(treeSummary(tree([link('a', 'b')], 'b'))).toBe('1 direct cause');
	});

	it('shows a note the first time only, pointing later repeats at it', () => {
		const same = 'The same paragraph.';
		const t = tree([link('a', 'd', same), link('b', 'd', same), link('c', 'd', 'Another.')], 'd');
		expect(t.entries.map((e) => e.noteShownIn)).toEqual([undefined, 'a', undefined]);
	});
});

describe('whyTree on the shipped dataset', () => {
	const raw = JSON.parse(readFileSync('data/azm-e-istehkam.json', 'utf8'));
	const dataset = validateDataset(raw).dataset!;
	const graph = buildGraph(dataset.links, timeOrder(dataset));
	const t = whyTree(graph, 'azm-launch', 'causes', timeOrder(dataset));
	const flat: WhyEntry[] = [];
	const walk = (list: WhyEntry[]) => {
		for (const e of list) {
			flat.push(e);
			if (e.kind === 'node') walk(e.children);
		}
	};
	walk(t.entries);

	it('puts the launch’s direct causes first, in date order, and each earlier cause once', () => {
		// graph.upstream lists every cause in time order; its depth-1 steps are the direct ones.
		const direct = graph.upstream('azm-launch').filter((s) => s.depth === 1);
		expect(t.entries.map((e) => e.id)).toEqual(direct.map((s) => s.id));
		expect(direct.length).toBeGreaterThan(1);
		expect(t.entries.every((e) => e.kind === 'node' && e.depth === 1)).toBe(true);
		const nodes = flat.filter((e) => e.kind === 'node').map((e) => e.id);
		expect(new Set(nodes).size).toBe(nodes.length);
		// The same events as the flat walk: nothing lost, nothing added.
		expect([...nodes].sort()).toEqual(
			graph
				.upstream('azm-launch')
				.map((s) => s.id)
				.sort()
		);
		expect(t.events).toBe(nodes.length);
	});

	it('shows each distinct note once', () => {
		const shown = flat.filter((e) => e.link.note && !e.noteShownIn).map((e) => e.link.note);
		expect(new Set(shown).size).toBe(shown.length);
	});
});

describe('whyTree on a very long chain', () => {
	// e0 -> e1 -> … -> e29999: a 30,000-step chain, as a generated dataset may hold.
	const n = 30_000;
	const chain = Array.from({ length: n - 1 }, (_, i) => link(`e${i}`, `e${i + 1}`));
	const graph = buildGraph(chain);

	it('lists the first steps only, and says where the chain goes on', () => {
		const t = whyTree(graph, 'e0', 'effects');
		expect(t.cut).toBe(true);
		expect(t.events).toBe(WHY_LIMITS.depth);
		let node = t.entries[0];
		while (node.kind === 'node' && node.children.length > 0) node = node.children[0];
		expect(node.kind === 'node' && node.more && node.id).toBe(`e${WHY_LIMITS.depth}`);
		expect(treeSummary(t)).toBe(
			'1 direct effect; 12 listed, up to 12 steps on, and the chain goes on'
		);
	});

	it('lists a short chain whole, with no "goes on"', () => {
		const t = whyTree(graph, `e${n - 4}`, 'effects');
		expect(t.cut).toBe(false);
		expect(t.events).toBe(3);
		expect(treeSummary(t)).toBe('1 direct effect; 3 in all, up to 3 steps on');
	});

	it('stops a wide tree at its event limit', () => {
		const star = Array.from({ length: 1000 }, (_, i) => link('hub', `s${i}`));
		const wide = whyTree(
			buildGraph([...star, ...star.map((l) => link(l.to, `${l.to}x`))]),
			'hub',
			'effects',
			new Map(),
			{ depth: 12, events: 100 }
		);
		expect(wide.events).toBe(1000);
		expect(wide.cut).toBe(true);
		const first = wide.entries[0];
		expect(first.kind === 'node' && first.more).toBe(true);
	});
});
