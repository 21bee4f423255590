import { describe, expect, it } from 'vitest';
import { buildGraph, chainOf, findCycles, followOptions, linkEnd } from './graph.ts';
import type { CausalLink } from './types.ts';

const link = (from: string, to: string): CausalLink => ({
	id: `${from}->${to}`,
	from,
	to,
	label: 'led to',
	basis: 'reported',
	sources: []
});

// a -> b -> d, c -> d -> e; times: a=0, b=1, c=2, d=3, e=4
const order = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i]));
const links = [link('a', 'b'), link('b', 'd'), link('c', 'd'), link('d', 'e')];

describe('buildGraph', () => {
	const g = buildGraph(links, order);

	it('gives direct causes and effects', () => {
		expect(g.causesOf('d').map((l) => l.from)).toEqual(['b', 'c']);
		expect(g.effectsOf('b').map((l) => l.to)).toEqual(['d']);
		expect(g.causesOf('a')).toEqual([]);
	});

	it('walks the whole upstream chain in time order, with depth and the arrow taken', () => {
		const steps = g.upstream('e');
		expect(steps.map((s) => [s.id, s.depth])).toEqual([
			['a', 3],
			['b', 2],
			['c', 2],
			['d', 1]
		]);
		expect(steps.find((s) => s.id === 'a')?.via.id).toBe('a->b');
	});

	it('walks the downstream chain', () => {
		expect(g.downstream('a').map((s) => s.id)).toEqual(['b', 'd', 'e']);
		expect(g.downstream('e')).toEqual([]);
	});

	it('terminates on cycles and never lists the start', () => {
		const cyclic = buildGraph([link('a', 'b'), link('b', 'c'), link('c', 'a')], order);
		expect(cyclic.downstream('a').map((s) => s.id)).toEqual(['b', 'c']);
		expect(cyclic.upstream('a').map((s) => s.id)).toEqual(['b', 'c']);
	});
});

describe('findCycles', () => {
	it('finds none in a DAG', () => {
		expect(findCycles(links)).toEqual([]);
	});

	it('finds each cycle once, as its members', () => {
		const cycles = findCycles([
			link('a', 'b'),
			link('b', 'a'),
			link('c', 'd'),
			link('d', 'e'),
			link('e', 'c'),
			link('e', 'f')
		]);
		expect(cycles).toEqual([
			['a', 'b'],
			['c', 'd', 'e']
		]);
	});

	it('handles a long chain without recursion limits', () => {
		const long = Array.from({ length: 20000 }, (_, i) => ({ from: `n${i}`, to: `n${i + 1}` }));
		long.push({ from: 'n20000', to: 'n0' });
		expect(findCycles(long)[0]).toHaveLength(20001);
	});
});

describe('chainOf', () => {
	it('collects the events and links on paths through an event, and no side branches', () => {
		// a -> b -> d -> e, c -> d, and a side branch b -> x that does not lead to d.
		const g = buildGraph([...links, link('b', 'x')], order);
		const chain = chainOf(g, 'd');
		expect([...chain.events].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...chain.links].sort()).toEqual(['a->b', 'b->d', 'c->d', 'd->e']);
	});

	it('terminates on cycles', () => {
		const g = buildGraph([link('a', 'b'), link('b', 'a')], order);
		const chain = chainOf(g, 'a');
		expect([...chain.events].sort()).toEqual(['a', 'b']);
		expect([...chain.links].sort()).toEqual(['a->b', 'b->a']);
	});
});

describe('followOptions: where a reader may follow the arrows from an event', () => {
	it('lists the causes or the effects, their other ends in time order', () => {
		// Listed in the reverse of their time order, to show that time decides.
		const g = buildGraph([link('c', 'd'), link('b', 'd'), link('d', 'e'), link('d', 'a')], order);
		const ends = (direction: 'up' | 'down') =>
			followOptions(g, order, direction, 'd').map((l) => linkEnd(l, direction));
		expect(ends('up')).toEqual(['b', 'c']);
		expect(ends('down')).toEqual(['a', 'e']);
		expect(followOptions(g, order, 'up', 'b')).toEqual([]);
	});
});
