import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './json-schema.ts';

describe('data/schema/dataset.schema.json', () => {
	it('is what `npm run schema` generates from the valibot schema (run it if this fails)', () => {
		expect(readFileSync('data/schema/dataset.schema.json', 'utf8')).toBe(datasetJsonSchema());
	});

	it('tells editors the required fields and the date pattern', () => {
		const schema = JSON.parse(datasetJsonSchema());
		const event = schema.properties.events.items;
		expect(event.required).toEqual(['id', 'title', 'date']);
		expect(new RegExp(event.properties.date.pattern).test('2024-06~')).toBe(true);
		expect(new RegExp(event.properties.date.pattern).test('June 2024')).toBe(false);
	});
});
