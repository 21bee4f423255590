/** The legibility audit: every mark in view labelled, inside the chart, overlapping nothing. */
import type { Page } from '@playwright/test';

export interface Report {
	inView: number;
	labelled: number;
	grouped: number;
	problems: string[];
}

/**
 * Checks every mark in the chart's box, in the page (boxes as the browser drew them). With `ids`,
 * only those events' marks, which must all be drawn in the part of the chart that the story card
 * (on a desktop, over its right part) leaves free.
 */
export function audit(page: Page, ids?: string[]): Promise<Report> {
	return page.evaluate((ids) => {
		const whole = document.querySelector('div.chart[role="region"]')!.getBoundingClientRect();
		const card = document.querySelector('[data-story-card]')?.getBoundingClientRect();
		const covered = card && card.left > whole.left && card.top < whole.bottom;
		const chart = covered
			? new DOMRect(whole.left, whole.top, card.left - whole.left, whole.height)
			: whole;
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
		if (ids) {
			for (const id of ids) {
				if (!marks.some((m) => m.id === id)) report.problems.push(`${id}: not drawn`);
				else if (!marks.some((m) => m.id === id && inside(m.box, 1))) {
					report.problems.push(`${id}: not in the free part of the chart`);
				}
			}
		}
		for (const m of marks) {
			if (ids && !ids.includes(m.id)) continue;
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
	}, ids);
}
