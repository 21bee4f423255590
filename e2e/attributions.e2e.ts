/**
 * Issue 12: contested attribution as data. Filtering by the TTP shows Besham and Dasu as
 * attributed to it and Peshawar as denied, not as TTP events; the details say so in words, with
 * sources; the reader can leave attributed events out; context links are drawn and explained.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seed as raw, tiedTo } from './support/seed';
import { WCAG, markOf, openTimeline, panel } from './support/timeline';

const TTP = raw.actors.find((a) => a.id === 'ttp')!.name;
const GOV = raw.actors.find((a) => a.id === 'pakistan-government')!.name;
const onlyAttributed = raw.events.filter(
	(e) => tiedTo('ttp').has(e.id) && !(e.actors ?? []).includes('ttp')
);
const item = (page: Page, id: string) => page.locator(`li[data-list-event-id="${id}"]`);

test('filtering by the TTP shows attributed and denied events as such', async ({ page }) => {
	await openTimeline(page, '/?actors=ttp');
	for (const id of ['besham-attack', 'dasu-bus-attack-2021']) {
		await expect(item(page, id).locator('[data-attributions]')).toContainText(
			`attributed to ${TTP}`
		);
		await expect(item(page, id)).not.toContainText(`Actors: ${TTP}`);
	}
	await expect(item(page, 'peshawar-mosque-bombing').locator('[data-attributions]')).toContainText(
		`denied by ${TTP}`
	);
	// The result line says how many are only attributed, and the marks say it too.
	await expect(page.locator('[data-attributed-shown]')).toHaveAttribute(
		'data-attributed-shown',
		String(onlyAttributed.length)
	);
	await expect(page.locator('[data-attributed-shown]')).toContainText('only attributed');
	await page.goto('/?actors=ttp&view=2024-03-01/2024-04-30');
	const besham = markOf(page, 'besham-attack');
	await expect(besham).toHaveAttribute('data-attribution', /attributed/);
	await expect(besham).toHaveAttribute('aria-label', new RegExp(`attributed to ${escape(TTP)}`));
	await expect(besham.locator('.contested-ring')).toBeVisible();
	await expect(page.locator('[data-legend="contested"]')).toBeVisible();
});

test('the reader can leave out events only attributed to the actor', async ({ page }) => {
	await openTimeline(page, '/?actors=ttp');
	await page.locator('details:has(> summary:has-text("Actors")) > summary').click();
	const box = page.getByRole('checkbox', { name: /Leave out events only attributed/ });
	await box.check();
	await expect(page).toHaveURL(/[?&]attributed=exclude(&|$)/);
	await expect(item(page, 'besham-attack')).toHaveCount(0);
	await expect(item(page, 'peshawar-mosque-bombing')).toHaveCount(0);
	await expect(page.locator('[data-attributed-shown]')).toContainText('Leaving out');
	await box.uncheck();
	await expect(item(page, 'besham-attack')).toHaveCount(1);
});

test('the details say who attributes Besham, in words, with sources', async ({ page }) => {
	await openTimeline(page, '/?event=besham-attack');
	const ties = panel(page).locator('[data-attributions]');
	await expect(ties).toContainText(`Attributed to ${TTP} by ${GOV}`);
	await expect(ties).toContainText('No one is recorded as claiming it.');
	const source = ties.getByRole('link', { name: /TTP behind Besham attack/ });
	await expect(source).toHaveAttribute('href', /^https:\/\/tribune\.com\.pk\//);
	await expect(source).toHaveAttribute('rel', /noopener noreferrer/);
	// Participants are listed apart, and the TTP is not among them.
	await expect(panel(page).locator('dt:has-text("Actors") + dd')).not.toContainText(TTP);
	const axe = await new AxeBuilder({ page }).withTags(WCAG).include('aside[data-panel]').analyze();
	expect(axe.violations).toEqual([]);
});

test('the details of Peshawar say the TTP denied it', async ({ page }) => {
	await openTimeline(page, '/?event=peshawar-mosque-bombing');
	const ties = panel(page).locator('[data-attributions]');
	await expect(ties).toContainText(`${TTP} denied involvement`);
	await expect(ties).toContainText(`Claimed by ${TTP}`);
	await expect(ties.locator('li[data-attribution="suspected"]')).toHaveCount(1);
	await expect(ties).not.toContainText('No one is recorded as claiming it.');
});

test('a context link is drawn dotted and explained as the editors’ own', async ({ page }) => {
	await openTimeline(page, '/?event=azm-launch&view=2024-06-01/2024-07-01');
	await expect(page.locator('g.arrow[data-basis="context"]').first()).toBeAttached();
	await expect(page.locator('[data-legend="context"]')).toBeVisible();
	const badge = panel(page).locator('.basis-context').first();
	await expect(badge).toHaveText(/context/i);
	await expect(badge).toHaveAttribute('title', /editors/);
});

function escape(s: string) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
