/**
 * Marks a group while the reader moves in it by keyboard, so its focused
 * control can show a ring by `:focus` where `:focus-visible` falls short:
 * WebKit moves focus between radios on an arrow key without `:focus-visible`.
 * A pointer press clears the mark, so a click never shows a ring.
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
