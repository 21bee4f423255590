/**
 * Legible by default: at every view a reader is likely to open, on a desktop and on a phone, in
 * light and dark, every event mark inside the chart has a visible label inside the chart that
 * overlaps no other label and no other mark, or lies in a visible, labelled group.
 */
import { expect, test } from '@playwright/test';
import { audit } from './support/labels';
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

test('a selected label, drawn bold, takes no more room than the regular label it replaces', async ({
	page
}) => {
	await openTimeline(page, '/?event=besham-attack');
	const label = page.locator('g.selected [data-label-for="besham-attack"]').first();
	await expect(label).toBeVisible();
	const widths = await label.evaluate((text: SVGTextElement) => {
		// The same text in the regular weight, at its natural width, beside it.
		const plain = text.cloneNode(true) as SVGTextElement;
		plain.removeAttribute('textLength');
		plain.removeAttribute('lengthAdjust');
		plain.style.fontWeight = '400';
		text.parentNode!.append(plain);
		const regular = plain.getComputedTextLength();
		plain.remove();
		// The room the layout gave the label (its regular width, as estimated when packing).
		const room = Number(text.getAttribute('textLength'));
		return { bold: text.getBBox().width, regular, room, weight: getComputedStyle(text).fontWeight };
	});
	expect(widths.weight).toBe('700');
	expect(widths.room).toBeGreaterThanOrEqual(widths.regular - 1);
	expect(widths.bold).toBeLessThanOrEqual(widths.room + 1);
});
