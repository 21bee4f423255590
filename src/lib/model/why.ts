/**
 * "Why did this happen?" and "What did it lead to?" as trees: the direct causes (or effects) of an
 * event first, each further one folded under the event it comes through. The causal graph may be
 * any directed graph (diamonds, cycles): every event appears once as a node, at its shortest
 * distance; any other link to it is a reference ("see above") that does not repeat its subtree.
 */
import type { CausalGraph } from './graph.ts';
import type { CausalLink } from './types.ts';

export type Direction = 'causes' | 'effects';

export interface WhyNode {
	kind: 'node';
	/** The event this entry is about. */
	id: string;
	/** The link between this event and its parent in the tree (always cause → effect). */
	link: CausalLink;
	/** Steps from the event the tree is about (1 = a direct cause or effect). */
	depth: number;
	/** Further causes (effects) that come through this one, in time order. */
	children: WhyEntry[];
	/** Events placed beneath this node, however deep. */
	descendants: number;
	/** References beneath this node, however deep. */
	references: number;
	/** The deepest step beneath this node (its own depth when it has no children). */
	deepest: number;
	/** Set when the link's note was already shown earlier in the tree: that entry's event. */
	noteShownIn?: string;
	/** The tree stops here (see WHY_LIMITS) though the chain goes on: follow it from this event. */
	more?: boolean;
}

export interface WhyRef {
	kind: 'ref';
	/** The event, which appears as a node elsewhere in the tree (or is the tree's root). */
	id: string;
	link: CausalLink;
	depth: number;
	/** The event under which it appears as a node; null for a direct one, or for the root. */
	placedUnder: string | null;
	/** Whether that node comes earlier in reading order ("see above") or later ("see below"). */
	above: boolean;
	/** The link points back to the event the tree is about: the chain is a cycle. */
	cycle: boolean;
	noteShownIn?: string;
}

export type WhyEntry = WhyNode | WhyRef;

export interface WhyTree {
	root: string;
	direction: Direction;
	/** The direct causes (effects), in time order. */
	entries: WhyEntry[];
	/** Every event in the tree, each counted once. */
	events: number;
	/** How many steps back (on) the farthest event lies; 0 for an empty tree. */
	deepest: number;
	/** Whether the chain goes on beyond what the tree lists (see WHY_LIMITS). */
	cut: boolean;
}

/**
 * How much one tree lists: a reader follows a long chain event by event, and a 30,000-step
 * chain must open at once rather than freeze the page listing every step.
 */
export const WHY_LIMITS = { depth: 12, events: 250 };

/**
 * Builds the tree breadth-first, so an event reached by several paths sits at its shortest
 * distance, under the first (earliest) event through which it is reached; cycles terminate.
 * @param order position of each event in time; siblings are sorted by it (unknown last, by id).
 */
export function whyTree(
	graph: Pick<CausalGraph, 'causesOf' | 'effectsOf'>,
	root: string,
	direction: Direction,
	order: ReadonlyMap<string, number> = new Map(),
	limits: { depth: number; events: number } = WHY_LIMITS
): WhyTree {
	const neighbours = (id: string) =>
		direction === 'causes' ? graph.causesOf(id) : graph.effectsOf(id);
	const otherEnd = (link: CausalLink) => (direction === 'causes' ? link.from : link.to);
	const rank = (id: string) => order.get(id) ?? Number.POSITIVE_INFINITY;
	const byTime = (a: CausalLink, b: CausalLink) => {
		const x = otherEnd(a);
		const y = otherEnd(b);
		return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0) || (a.id < b.id ? -1 : 1);
	};

	/** Where each event is placed: its node and the event it hangs under. */
	const placed = new Map<string, { node: WhyNode | null; parent: string | null }>([
		[root, { node: null, parent: null }]
	]);
	const entries: WhyEntry[] = [];
	let frontier: { id: string; into: WhyEntry[]; depth: number; node: WhyNode | null }[] = [
		{ id: root, into: entries, depth: 0, node: null }
	];
	let cut = false;
	while (frontier.length > 0) {
		const next: typeof frontier = [];
		for (const { id, into, depth, node: parent } of frontier) {
			if (parent && (depth >= limits.depth || placed.size > limits.events)) {
				if (neighbours(id).length > 0) parent.more = cut = true;
				continue;
			}
			for (const link of [...neighbours(id)].sort(byTime)) {
				const other = otherEnd(link);
				const where = placed.get(other);
				if (where) {
					into.push({
						kind: 'ref',
						id: other,
						link,
						depth: depth + 1,
						placedUnder: where.parent,
						above: false,
						cycle: other === root
					});
					continue;
				}
				const node: WhyNode = {
					kind: 'node',
					id: other,
					link,
					depth: depth + 1,
					children: [],
					descendants: 0,
					references: 0,
					deepest: depth + 1
				};
				into.push(node);
				placed.set(other, { node, parent: depth === 0 ? null : id });
				next.push({ id: other, into: node.children, depth: depth + 1, node });
			}
		}
		frontier = next;
	}

	// In reading order: count what lies beneath each node, say each note once, and tell whether
	// a reference points up or down the page.
	const position = new Map<string, number>();
	const notes = new Map<string, string>();
	const refs: WhyRef[] = [];
	let counter = 0;
	function visit(list: WhyEntry[]): { events: number; references: number; deepest: number } {
		const total = { events: 0, references: 0, deepest: 0 };
		for (const entry of list) {
			const note = entry.link.note?.trim();
			if (note) {
				const first = notes.get(note);
				if (first) entry.noteShownIn = first;
				else notes.set(note, entry.id);
			}
			if (entry.kind === 'ref') {
				position.set(`ref:${entry.link.id}`, counter++);
				refs.push(entry);
				total.references++;
				continue;
			}
			position.set(entry.id, counter++);
			const below = visit(entry.children);
			entry.descendants = below.events;
			entry.references = below.references;
			entry.deepest = Math.max(entry.depth, below.deepest);
			total.events += 1 + below.events;
			total.references += below.references;
			total.deepest = Math.max(total.deepest, entry.deepest);
		}
		return total;
	}
	const total = visit(entries);
	for (const ref of refs) {
		const target = ref.cycle ? -1 : (position.get(ref.id) ?? -1);
		ref.above = target < position.get(`ref:${ref.link.id}`)!;
	}
	return { root, direction, entries, events: total.events, deepest: total.deepest, cut };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 earlier causes, up to 3 steps back": what a folded node holds. */
export function foldSummary(node: WhyNode, direction: Direction): string {
	const parts: string[] = [];
	if (node.descendants > 0) {
		const what =
			direction === 'causes'
				? plural(node.descendants, 'earlier cause', 'earlier causes')
				: plural(node.descendants, 'later effect', 'later effects');
		const far = direction === 'causes' ? 'back' : 'on';
		parts.push(`${what}, up to ${plural(node.deepest, 'step', 'steps')} ${far}`);
	}
	if (node.references > 0) {
		const links = plural(node.references, 'more link', 'more links');
		parts.push(`${links} to events listed elsewhere`);
	}
	return parts.join('; ');
}

/** "4 direct causes; 13 in all, up to 3 steps back": the tree in one line. */
export function treeSummary(tree: WhyTree): string {
	const direct = tree.entries.filter((e) => e.kind === 'node').length;
	const noun =
		tree.direction === 'causes'
			? ['direct cause', 'direct causes']
			: ['direct effect', 'direct effects'];
	const head = plural(direct, noun[0], noun[1]);
	const far = tree.direction === 'causes' ? 'back' : 'on';
	if (tree.cut) {
		return `${head}; ${tree.events} listed, up to ${plural(tree.deepest, 'step', 'steps')} ${far}, and the chain goes on`;
	}
	if (tree.events === direct) return head;
	return `${head}; ${tree.events} in all, up to ${plural(tree.deepest, 'step', 'steps')} ${far}`;
}
