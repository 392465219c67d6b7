/** What the share features say to readers, apart from the share code so the question screens can use it. */
export const NOTICES = {
  takeQuiz: 'Take the quiz yourself',
  unreadable: 'This share link could not be read, so here is a fresh quiz.',
  copied: 'Link copied',
  copyFallback: 'Copying is not allowed here: the link is selected, copy it with your keyboard or menu.',
} as const;
