/**
 * Where each item of an imported dataset came from, so that the validator's errors on the result
 * (`events[3].date`) can be said the way the user can find them (`row 5, column "date"`). Errors
 * the importer already reported at the same place are not said twice.
 */
import {
	formatPath,
	validateDataset,
	type PathItem,
	type ValidationResult
} from '../../model/validate.ts';
import type { Problems, Where } from './types.ts';

/** Where a field of one item was read, from the path below the item (`["sources", 1, "url"]`). */
export type Locate = (rest: PathItem[]) => Where;

export type Collection = 'actors' | 'events' | 'links' | 'periods';

export class Origins {
	private readonly map: Record<Collection, Locate[]> = {
		actors: [],
		events: [],
		links: [],
		periods: []
	};
	private readonly all: Partial<Record<Collection, (index: number, rest: PathItem[]) => Where>> =
		{};
	set(collection: Collection, index: number, locate: Locate): void {
		this.map[collection][index] = locate;
	}
	/** One locator for every item of a collection, by index (for files of many rows). */
	setAll(collection: Collection, locate: (index: number, rest: PathItem[]) => Where): void {
		this.all[collection] = locate;
	}
	locate(path: readonly PathItem[]): Where | null {
		const [collection, index, ...rest] = path;
		if (typeof index !== 'number' || !(collection in this.map)) return null;
		const locate = this.map[collection as Collection][index];
		if (locate) return locate(rest);
		const all = this.all[collection as Collection];
		return all ? all(index, rest) : null;
	}
}

/** A locator for one spreadsheet row: each field read from the column `columns[field]`. */
export function rowLocator(
	file: string,
	row: number,
	columns: (field: string, rest: PathItem[]) => string
): Locate {
	return (rest) => {
		const field = typeof rest[0] === 'string' ? rest[0] : '';
		return field ? { file, row, column: columns(field, rest.slice(1)) } : { file, row };
	};
}

/** A locator for a JSON item at `base` (`events[3]`), each field at its own path. */
export function pathLocator(
	base: string,
	paths: (field: string, rest: PathItem[]) => string
): Locate {
	return (rest) => {
		const field = typeof rest[0] === 'string' ? rest[0] : '';
		return { path: field ? paths(field, rest.slice(1)) : base };
	};
}

/**
 * Runs the validator on the result and reports its errors at the rows and columns they came from;
 * its result, for its warnings and the normalised dataset.
 */
export function reportValidation(
	raw: Record<string, unknown>,
	file: string,
	origins: Origins,
	problems: Problems
): ValidationResult {
	const result = validateDataset(raw, file);
	for (const p of result.problems) {
		if (p.level !== 'error') continue;
		const where = origins.locate(p.path) ?? { path: formatPath(p.path, raw) };
		problems.error(where, p.message);
	}
	return result;
}

/** A copy without the fields that are undefined, '' or empty lists: the author form omits them. */
export function compact<T extends Record<string, unknown>>(item: T): T {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(item)) {
		if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
		out[k] = v;
	}
	return out as T;
}
