import { chromium } from '@playwright/test';
import { benchPaths, startServer } from '../bench/server.ts';
const server = await startServer(benchPaths(process.cwd()));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const n = process.argv[2] ?? '10000';
const mode = process.argv[3] ?? 'zoom';
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`${server.origin}/embed?src=/bench-data/events-${n}.json&controls=0`);
await page.locator('[data-event-id^="evt-"]').first().waitFor();
await page.waitForTimeout(1500);
const box = (await page.locator('.chart[role=region], [role=region]').first().boundingBox())!;
const c = { x: box.x + box.width / 2, y: Math.min(box.y + box.height / 2, 700) };
await page.mouse.move(c.x, c.y);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
if (mode === 'zoom') {
	await page.keyboard.down('Control');
	for (let i = 0; i < 40; i++) {
		await page.mouse.wheel(0, i < 20 ? -120 : 120);
		await page.waitForTimeout(50);
	}
	await page.keyboard.up('Control');
} else {
	await page.mouse.down();
	for (let i = 0; i < 20; i++) {
		await page.mouse.move(c.x - 200 + 20 * (i + 1), c.y);
		await page.waitForTimeout(16);
	}
	await page.mouse.up();
}
await page.waitForTimeout(400);
const wall = Date.now() - t0;
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas!;
const counts = new Map<number, number>();
profile.samples!.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
const parent = new Map<number, number>();
for (const nd of profile.nodes) for (const ch of nd.children ?? []) parent.set(ch, nd.id);
const key = (id: number) => { const c = byId.get(id)!.callFrame; return `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber}`; };
const self = new Map<string, number>(), incl = new Map<string, number>();
for (const [id, t] of counts) {
	self.set(key(id), (self.get(key(id)) ?? 0) + t);
	const seen = new Set<string>();
	for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
		const k = key(cur);
		if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k); }
	}
}
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(t / 1000).toFixed(1).padStart(7)} ${n}`).join('\n');
console.log('wall', wall);
console.log('SELF\n' + top(self, 30));
console.log('INCL\n' + top(incl, 50));
await browser.close();
await server.close();
