import { describe, expect, it } from 'vitest';
import { eventsFirst, ImportSession } from './import.svelte.ts';

const brought = (name: string, text: string) => ({
	name,
	arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer
});
const events = brought('my-timeline.csv', 'id,title,date\na,First,2024-06-01\nb,Second,2024-07\n');
const links = brought('links.csv', 'from,to,label\na,b,led to\n');

describe('ImportSession', () => {
	it('reads the files given, the events file first whatever their order', async () => {
		const s = new ImportSession('https://causeway.example');
		await s.bring([links, events]);
		expect(s.files.map((f) => f.name)).toEqual(['my-timeline.csv', 'links.csv']);
		expect(s.reading).toBe(false);
		expect(s.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(s.dataset?.links.map((l) => l.id)).toEqual(['a->b']);
		expect(s.errors).toEqual([]);
		expect(s.fileName).toBe(`${s.dataset?.id}.json`);
		expect(JSON.parse(s.json!)).toEqual(s.result?.raw);
	});

	it('offers embed code once the file has an http(s) address', async () => {
		const s = new ImportSession('https://causeway.example');
		await s.bring([events]);
		expect(s.snippet).toBeNull();
		s.hostUrl = 'javascript:alert(1)';
		expect(s.snippet).toBeNull();
		s.hostUrl = ' https://news.example/data/t.json ';
		expect(s.snippet).toContain(
			'src="https://causeway.example/embed?src=https%3A%2F%2Fnews.example%2Fdata%2Ft.json"'
		);
	});

	it('reads again as the format chosen, and keeps nothing of a failed read to download', async () => {
		const s = new ImportSession('https://causeway.example');
		await s.bring([events]);
		s.format = 'acled';
		s.read();
		expect(s.dataset).toBeNull();
		expect(s.json).toBeNull();
		expect(s.errors.length).toBeGreaterThan(0);
	});
});

describe('eventsFirst', () => {
	it('puts links and actors files after the events file', () => {
		const names = eventsFirst([
			{ name: 'actors.csv' },
			{ name: 'Links - Sheet1.csv' },
			{ name: 'timeline.csv' }
		]).map((f) => f.name);
		expect(names).toEqual(['timeline.csv', 'actors.csv', 'Links - Sheet1.csv']);
	});
});
