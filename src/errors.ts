/** Every message meant for developers goes through here, so the console always says who is speaking. */
export const PREFIX = '[ai-layer-quiz]';

export function devMessage(message: string): string {
  return `${PREFIX} ${message}`;
}
