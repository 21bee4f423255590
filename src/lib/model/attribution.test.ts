import { describe, expect, it } from 'vitest';
import {
	attributionLines,
	attributionPhrase,
	attributionSentence,
	isContested
} from './attribution.ts';
import type { Attribution, TimelineEvent } from './types.ts';

const names = new Map([
	['ttp', { name: 'the TTP' }],
	['gov', { name: 'the Government of Pakistan' }],
	['jua', { name: 'Jamaat-ul-Ahrar' }]
]);
const a = (status: Attribution['status'], extra: Partial<Attribution> = {}): Attribution => ({
	actor: 'ttp',
	status,
	sources: [],
	...extra
});
const event = (attributions: Attribution[]) => ({ attributions }) as unknown as TimelineEvent;

describe('attributions in words', () => {
	it('says each status as a sentence, with who says so', () => {
		expect(attributionSentence(a('attributed', { by: 'gov' }), names)).toBe(
			'Attributed to the TTP by the Government of Pakistan.'
		);
		expect(attributionSentence(a('attributed'), names)).toBe('Attributed to the TTP.');
		expect(attributionSentence(a('claimed', { note: 'a TTP commander, at first.' }), names)).toBe(
			'Claimed by the TTP (a TTP commander, at first).'
		);
		expect(attributionSentence(a('denied'), names)).toBe('The TTP denied involvement.');
		expect(attributionSentence(a('suspected', { actor: 'jua', by: 'gov' }), names)).toBe(
			'The Government of Pakistan suspected Jamaat-ul-Ahrar.'
		);
	});

	it('adds that no one claimed it only when no claim is recorded', () => {
		expect(attributionLines(event([a('attributed', { by: 'gov' })]), names).unclaimed).toBe(true);
		expect(attributionLines(event([a('claimed'), a('denied')]), names).unclaimed).toBe(false);
		expect(attributionLines(event([]), names).unclaimed).toBe(false);
	});

	it('has a short phrase for lists and labels, and knows a contested event', () => {
		expect(attributionPhrase(event([a('claimed'), a('denied')]), names)).toBe(
			'claimed by the TTP; denied by the TTP'
		);
		expect(isContested(event([a('claimed')]))).toBe(false);
		expect(isContested(event([a('claimed'), a('denied')]))).toBe(true);
		expect(isContested(event([]))).toBe(false);
	});
});
