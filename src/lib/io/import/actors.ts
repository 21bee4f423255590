/**
 * The actors an import finds: those a file lists (the template's actors.csv), and those its rows
 * name (a `;`-list, a TimelineJS Group, ACLED's actor columns). A name is matched by id, then by
 * name (trimmed, NFC, case-insensitive); one not found becomes a new actor whose id is a slug of
 * it and whose name is the name as written.
 */
import { IdMaker } from './slug.ts';

export interface RawActor {
	id: string;
	name: string;
	kind?: string;
	description?: string;
}

const key = (s: string) => s.trim().normalize('NFC').toLowerCase();

export class ActorRegistry {
	readonly list: RawActor[] = [];
	private readonly ids = new IdMaker();
	private readonly byId = new Map<string, RawActor>();
	private readonly byName = new Map<string, RawActor>();

	/** An actor the file lists with its own id (an empty id is made from the name). */
	add(actor: RawActor): RawActor {
		const a = { ...actor, id: actor.id || this.ids.make(actor.name, 'actor') };
		this.ids.reserve(a.id);
		this.list.push(a);
		if (!this.byId.has(key(a.id))) this.byId.set(key(a.id), a);
		if (!this.byName.has(key(a.name))) this.byName.set(key(a.name), a);
		return a;
	}

	/** Reserves the ids a file lists before any is made from a name. */
	reserve(id: string): void {
		if (id) this.ids.reserve(id);
	}

	/** The actor an entry names (by id, then by name), or a new one; its id. */
	resolve(entry: string, extra?: Omit<RawActor, 'id' | 'name'>): string {
		const name = entry.trim();
		const k = key(name);
		const found = this.byId.get(k) ?? this.byName.get(k);
		if (found) return found.id;
		return this.add({ id: this.ids.make(name, 'actor'), name, ...extra }).id;
	}
}

/** `"a; b;; c"` → `["a", "b", "c"]`. */
export function splitList(text: string): string[] {
	return text
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
}
