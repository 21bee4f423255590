/**
 * The causal graph: direct causes and effects of an event, the transitive chains up- and
 * downstream (walked breadth-first, so cycles terminate), and the cycles themselves.
 */
import { timeOrder } from './lookup.ts';
import { perObject } from './memo.ts';
import type { CausalLink, Dataset } from './types.ts';

export interface ChainStep {
	/** The event reached. */
	id: string;
	/** Number of arrows between it and the start of the walk (1 = direct). */
	depth: number;
	/** The arrow by which the walk reached it (points toward the start for upstream walks). */
	via: CausalLink;
}

export interface CausalGraph {
	causesOf(id: string): CausalLink[];
	effectsOf(id: string): CausalLink[];
	/** Every event that leads to `id`, however indirectly, in time order. */
	upstream(id: string): ChainStep[];
	/** Every event that `id` leads to, however indirectly, in time order. */
	downstream(id: string): ChainStep[];
}

function index(links: readonly CausalLink[], key: 'from' | 'to'): Map<string, CausalLink[]> {
	const map = new Map<string, CausalLink[]>();
	for (const link of links) {
		const list = map.get(link[key]);
		if (list) list.push(link);
		else map.set(link[key], [link]);
	}
	return map;
}

/**
 * @param order position of each event in time; steps are sorted by it (unknown ids last, by id).
 */
export function buildGraph(
	links: readonly CausalLink[],
	order: ReadonlyMap<string, number> = new Map()
): CausalGraph {
	const incoming = index(links, 'to');
	const outgoing = index(links, 'from');
	const rank = (id: string) => order.get(id) ?? Number.POSITIVE_INFINITY;
	const byTime = (a: ChainStep, b: ChainStep) =>
		rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

	function walk(start: string, direction: 'up' | 'down'): ChainStep[] {
		const seen = new Set<string>([start]);
		const steps: ChainStep[] = [];
		let frontier = [start];
		for (let depth = 1; frontier.length > 0; depth++) {
			const next: string[] = [];
			for (const id of frontier) {
				const edges = direction === 'up' ? incoming.get(id) : outgoing.get(id);
				for (const link of edges ?? []) {
					const other = direction === 'up' ? link.from : link.to;
					if (seen.has(other)) continue;
					seen.add(other);
					steps.push({ id: other, depth, via: link });
					next.push(other);
				}
			}
			frontier = next;
		}
		return steps.sort(byTime);
	}

	return {
		causesOf: (id) => incoming.get(id) ?? [],
		effectsOf: (id) => outgoing.get(id) ?? [],
		upstream: (id) => walk(id, 'up'),
		downstream: (id) => walk(id, 'down')
	};
}

/**
 * Groups of events that lie on a cycle (strongly connected components with more than one event,
 * or one event linked to itself), each sorted by id; Tarjan's algorithm, iterative.
 */
export function findCycles(links: readonly { from: string; to: string }[]): string[][] {
	const adjacency = new Map<string, string[]>();
	for (const { from, to } of links) {
		if (!adjacency.has(from)) adjacency.set(from, []);
		if (!adjacency.has(to)) adjacency.set(to, []);
		adjacency.get(from)!.push(to);
	}
	const indexOf = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	let counter = 0;

	for (const root of adjacency.keys()) {
		if (indexOf.has(root)) continue;
		const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
		indexOf.set(root, counter);
		low.set(root, counter++);
		stack.push(root);
		onStack.add(root);
		while (work.length > 0) {
			const frame = work[work.length - 1];
			const neighbours = adjacency.get(frame.node)!;
			if (frame.next < neighbours.length) {
				const w = neighbours[frame.next++];
				if (!indexOf.has(w)) {
					indexOf.set(w, counter);
					low.set(w, counter++);
					stack.push(w);
					onStack.add(w);
					work.push({ node: w, next: 0 });
				} else if (onStack.has(w)) {
					low.set(frame.node, Math.min(low.get(frame.node)!, indexOf.get(w)!));
				}
				continue;
			}
			work.pop();
			if (work.length > 0) {
				const parent = work[work.length - 1].node;
				low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
			}
			if (low.get(frame.node) === indexOf.get(frame.node)) {
				const component: string[] = [];
				let w: string;
				do {
					w = stack.pop()!;
					onStack.delete(w);
					component.push(w);
				} while (w !== frame.node);
				const selfLoop = component.length === 1 && neighbours.includes(frame.node);
				if (component.length > 1 || selfLoop) cycles.push(component.sort());
			}
		}
	}
	return cycles.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

export interface Chain {
	/** The event itself and every event up- or downstream of it. */
	events: Set<string>;
	/** Every link on a path into or out of the event. */
	links: Set<string>;
}

/** Where a link leads when followed up (to its cause) or down (to its effect). */
export const linkEnd = (link: CausalLink, direction: 'up' | 'down') =>
	direction === 'up' ? link.from : link.to;

/**
 * The links a reader may follow from `id` up to its causes or down to its effects, their other
 * ends in time order (`order`: each event's place in time).
 */
export function followOptions(
	graph: CausalGraph,
	order: ReadonlyMap<string, number>,
	direction: 'up' | 'down',
	id: string
): CausalLink[] {
	const links = direction === 'up' ? graph.causesOf(id) : graph.effectsOf(id);
	const at = (l: CausalLink) => order.get(linkEnd(l, direction)) ?? 0;
	return [...links].sort((a, b) => at(a) - at(b));
}

/** The whole causal chain through `id`: what led to it and what it led to. */
export function chainOf(graph: CausalGraph, id: string): Chain {
	const up = new Set(graph.upstream(id).map((s) => s.id));
	const down = new Set(graph.downstream(id).map((s) => s.id));
	const events = new Set([id, ...up, ...down]);
	const links = new Set<string>();
	for (const u of up) {
		for (const l of graph.effectsOf(u)) if (l.to === id || up.has(l.to)) links.add(l.id);
	}
	for (const d of [id, ...down]) {
		for (const l of graph.effectsOf(d)) if (down.has(l.to)) links.add(l.id);
	}
	return { events, links };
}

/** A dataset's graph, its steps in time order: built once per dataset. */
export const graphOf = perObject((dataset: Dataset) =>
	buildGraph(dataset.links, timeOrder(dataset))
);
