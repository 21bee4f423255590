/**
 * Legible by default: at every view a reader is likely to open, on a desktop and on a phone, in
 * light and dark, every event mark inside the chart has a visible label inside the chart that
 * overlaps no other label and no other mark, or lies in a visible, labelled group.
 */
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './support/timeline';

const VIEWS = [
	{ name: 'default view', query: '' },
	{ name: 'the climax, 25 May – 1 July 2024', query: 'view=2024-05-25/2024-07-01' },
	{ name: 'three days of June 2024', query: 'view=2024-06-06/2024-06-09' },
	{ name: '2022', query: 'view=2022-01/2022-12' },
	{ name: 'the by-actor layout', query: 'layout=actors' }
];
const DEVICES = [
	{ name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false },
	{ name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
];

interface Report {
	inView: number;
	labelled: number;
	grouped: number;
	problems: string[];
}

/** Checks every mark in the chart's box, in the page (boxes as the browser drew them). */
function audit(page: Page): Promise<Report> {
	return page.evaluate(() => {
		const chart = document.querySelector('div.chart[role="region"]')!.getBoundingClientRect();
		const inside = (r: DOMRect, tol = 0.5) =>
			r.left >= chart.left - tol &&
			r.right <= chart.right + tol &&
			r.top >= chart.top - tol &&
			r.bottom <= chart.bottom + tol;
		const overlap = (a: DOMRect, b: DOMRect, tol = 0.5) =>
			a.left < b.right - tol &&
			b.left < a.right - tol &&
			a.top < b.bottom - tol &&
			b.top < a.bottom - tol;
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return (
				r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
			);
		};
		const marks = [...document.querySelectorAll('div.chart g[data-event-id]')].map((g) => {
			const extent = g.querySelector('.extent');
			const box = (extent ?? g.querySelector('.symbol')!).getBoundingClientRect();
			// A bar or span cut by the chart's edge counts as in view where its visible part is;
			// a point, when its whole symbol is inside.
			const left = Math.max(box.left, chart.left);
			const cut = Math.min(box.right, chart.right) - left;
			const visible = extent ? new DOMRect(left, box.top, cut >= 4 ? cut : 0, box.height) : box;
			return { g, id: g.getAttribute('data-event-id')!, box: visible };
		});
		const labels = [...document.querySelectorAll('div.chart [data-label-for]')]
			.filter(shown)
			.map((el) => ({
				el,
				id: el.getAttribute('data-label-for')!,
				box: el.getBoundingClientRect()
			}));
		const groups = [...document.querySelectorAll('div.chart [data-group]')].filter(
			(g) => shown(g) && inside(g.getBoundingClientRect(), 2)
		);
		const report = { inView: 0, labelled: 0, grouped: 0, problems: [] as string[] };
		for (const m of marks) {
			if (m.box.width <= 0 || !inside(m.box, 1)) continue;
			report.inView++;
			const own = labels.find((l) => l.id === m.id && m.g.contains(l.el));
			if (!own) {
				report.problems.push(`${m.id}: no visible label`);
				continue;
			}
			if (!inside(own.box)) {
				report.problems.push(`${m.id}: label outside the chart`);
				continue;
			}
			const hitLabel = labels.find((l) => l !== own && overlap(l.box, own.box));
			if (hitLabel) {
				report.problems.push(`${m.id}: label overlaps the label of ${hitLabel.id}`);
				continue;
			}
			const hitMark = marks.find((o) => o.g !== m.g && overlap(o.box, own.box));
			if (hitMark) {
				report.problems.push(`${m.id}: label overlaps the mark of ${hitMark.id}`);
				continue;
			}
			report.labelled++;
		}
		for (const g of groups) {
			const count = Number(g.getAttribute('data-count'));
			const text = g.textContent ?? '';
			if (!(count > 0) || !text.includes(String(count))) {
				report.problems.push(`group ${g.getAttribute('data-group')}: no visible count`);
			}
			report.grouped += count;
		}
		return report;
	});
}

for (const device of DEVICES) {
	test.describe(`labels on a ${device.name}`, () => {
		test.use({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch });
		for (const view of VIEWS) {
			for (const theme of ['light', 'dark']) {
				test(`${view.name}, ${theme}: every mark in view is labelled or grouped`, async ({
					page
				}) => {
					const query = [view.query, `theme=${theme}`].filter(Boolean).join('&');
					await openTimeline(page, `/?${query}`);
					const report = await audit(page);
					console.log(
						`[labels] ${device.name} ${theme} ${view.name}: ${report.labelled} labelled / ${report.inView} in view, ${report.grouped} in groups`
					);
					expect(report.problems).toEqual([]);
					expect(report.inView + report.grouped).toBeGreaterThan(0);
				});
			}
		}
	});
}

test.describe('groups', () => {
	test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
	test('selecting an event inside a group opens the group, so its mark and label show', async ({
		page
	}) => {
		await openTimeline(page, '/?layout=actors');
		await expect(page.locator('g[data-group]').first()).toBeAttached();
		// An event drawn nowhere but in a group (in this layout an event has a mark per lane).
		const id = await page.evaluate(() =>
			[...document.querySelectorAll('g[data-group]')]
				.map((g) => g.getAttribute('data-group-first')!)
				.find((id) => !document.querySelector(`g[data-mark-key][data-event-id="${id}"]`))
		);
		expect(id, 'an event drawn only in a group').toBeTruthy();
		await openTimeline(page, `/?layout=actors&event=${id}`);
		const mark = page.locator(`g[data-mark-key][data-event-id="${id}"]`).first();
		await expect(mark).toBeAttached();
		await expect(page.locator(`[data-label-for="${id}"]`).first()).toBeVisible();
	});
});
