import { chromium } from '@playwright/test';
import { benchPaths, startServer } from '../bench/server.ts';
const server = await startServer(benchPaths(process.cwd()));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const n = process.argv[2] ?? '1000';
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${server.origin}/embed?src=/bench-data/events-${n}.json&controls=0`);
await page.locator('[data-event-id^="evt-"]').first().waitFor();
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas!;
const counts = new Map<number, number>();
profile.samples!.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
// inclusive by function name
const parent = new Map<number, number>();
for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
const incl = new Map<string, number>();
for (const [id, t] of counts) {
	const nd = byId.get(id)!;
	const k = `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}`;
	self.set(k, (self.get(k) ?? 0) + t);
	const seen = new Set<string>();
	let cur: number | undefined = id;
	while (cur !== undefined) {
		const c = byId.get(cur)!;
		const kk = `${c.callFrame.functionName || '(anon)'} ${c.callFrame.url.split('/').pop()}:${c.callFrame.lineNumber}`;
		if (!seen.has(kk)) { incl.set(kk, (incl.get(kk) ?? 0) + t); seen.add(kk); }
		cur = parent.get(cur);
	}
}
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(t / 1000).toFixed(1).padStart(7)} ${n}`).join('\n');
console.log('SELF\n' + top(self, 30));
console.log('INCL\n' + top(incl, 45));
await browser.close();
await server.close();
