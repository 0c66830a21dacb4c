import type { FrameLocator } from 'playwright-core';
import type { TitleContext } from '../../src/core/questionnaire/questionnaire';
import { DEFAULT_QUESTIONNAIRE } from '../support/questionnaire';

export interface Answers {
  readonly titleContext: TitleContext;
  /** The answer to every leading item, and to every managing item. */
  readonly leading: number;
  readonly managing: number;
  readonly allocation: Readonly<Record<string, number>>;
  readonly energy: number;
}

const QUICKEST: Answers = { titleContext: 'lead', leading: 2, managing: 2, allocation: { people: 25, process: 25, technical: 25, direction: 25 }, energy: 3 };

/** Answers every required question of the built-in form with the mouse, by the ids every language shares. */
export async function fillCompleteForm(form: FrameLocator, answers: Partial<Answers> = {}): Promise<void> {
  const { titleContext, leading, managing, allocation, energy } = { ...QUICKEST, ...answers };
  await form.locator(`label[for="titleContext-${titleContext}"]`).click();
  for (const dimension of DEFAULT_QUESTIONNAIRE.dimensions) {
    for (const item of dimension.items) {
      await form.locator(`label[for="item-${item.id}-${item.pole === 'leading' ? leading : managing}"]`).click();
    }
  }
  for (const [bucket, share] of Object.entries(allocation)) {
    await form.locator(`#allocation-${bucket}`).fill(String(share));
  }
  await form.locator(`label[for="energy-${energy}"]`).click();
}
