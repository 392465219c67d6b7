import type { ViewBase } from '../machine/connect/base.ts';

/** The result is reached but its chunk is still on its way, or could not be fetched. */
export interface PendingView extends ViewBase {
  screen: 'pending';
  failed: boolean;
  heading: string;
  text: string;
  retry(): void;
}

export const PENDING = {
  loading: 'Loading your result…',
  failed: 'Your result could not load',
  failedText: 'Check your connection, then try again: your answers are kept.',
  retry: 'Try again',
} as const;

export function pendingView(failed: boolean, load: () => Promise<unknown>): PendingView {
  return {
    screen: 'pending',
    key: failed ? 'pending:failed' : 'pending',
    announcement: failed ? PENDING.failed : '',
    failed,
    heading: failed ? PENDING.failed : PENDING.loading,
    text: failed ? PENDING.failedText : '',
    retry: () => void load().catch(() => undefined),
  };
}
