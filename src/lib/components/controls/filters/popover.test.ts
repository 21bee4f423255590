import { describe, expect, it } from 'vitest';
import { pressOutcome } from './popover.ts';

// Stand-ins for the nodes on a press's composed path, target first.
const node = (name: string) => ({ name }) as unknown as EventTarget;
const actors = node('details: Actors');
const actorsPanelBox = node('input in the Actors panel');
const kindsButton = node('summary: Kinds');
const kinds = node('details: Kinds');
const mark = node('g: an event mark');
const chart = node('svg: the chart');
const form = node('form: filters');
const body = node('body');

describe('pressOutcome: a press while a popover is open', () => {
	it('inside the popover (its panel or its own button) leaves it to <details>', () => {
		expect(pressOutcome([actorsPanelBox, actors, form, body], actors, [kindsButton])).toBe(
			'inside'
		);
	});

	it('on an event mark dismisses it, so the press does not also select the event', () => {
		expect(pressOutcome([mark, chart, body], actors, [kindsButton])).toBe('dismiss');
	});

	it('on another popover’s button of the group switches, so that one opens at once', () => {
		expect(pressOutcome([kindsButton, kinds, form, body], actors, [kindsButton])).toBe('switch');
	});

	it('on the bar around the popovers, outside any of them, dismisses it', () => {
		expect(pressOutcome([form, body], actors, [kindsButton])).toBe('dismiss');
	});
});
