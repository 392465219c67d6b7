/**
 * The answer group's keyboard, beyond what radios do on their own:
 *
 * - `keyFocus` marks the group while the reader moves in it by keyboard, so
 *   its focused control can show a ring by `:focus` where `:focus-visible`
 *   falls short: WebKit moves focus between radios on an arrow key without
 *   `:focus-visible`. A pointer press clears the mark, so a click never shows a ring.
 * - `enterSubmits` answers on Enter in an answer, without a form submission:
 *   a frame sandboxed without `allow-forms` blocks one before any listener runs.
 */
import type { Attachment } from 'svelte/attachments';

const MARK = 'data-alq-keys';

export const keyFocus: Attachment<HTMLElement> = (group) => {
  const keyed = () => group.setAttribute(MARK, '');
  const pointed = () => group.removeAttribute(MARK);
  group.addEventListener('keydown', keyed);
  group.addEventListener('pointerdown', pointed);
  return () => {
    group.removeEventListener('keydown', keyed);
    group.removeEventListener('pointerdown', pointed);
  };
};

export function enterSubmits(submit: () => void): Attachment<HTMLElement> {
  return (group) => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
      event.preventDefault();
      submit();
    };
    group.addEventListener('keydown', onKey);
    return () => group.removeEventListener('keydown', onKey);
  };
}
