/**
 * The bridge between an XState actor and Svelte runes: the actor's latest
 * snapshot in a `$state.raw` (replaced, never mutated), plus send/start/stop.
 */
import { createActor, type AnyActorLogic, type EventFromLogic, type InputFrom, type SnapshotFrom } from 'xstate';

export interface ActorBridge<TLogic extends AnyActorLogic> {
  readonly snapshot: SnapshotFrom<TLogic>;
  send(event: EventFromLogic<TLogic>): void;
  start(): void;
  stop(): void;
}

export function createActorBridge<TLogic extends AnyActorLogic>(
  logic: TLogic,
  input: InputFrom<TLogic>,
): ActorBridge<TLogic> {
  const actor = createActor(logic, { input });
  let snapshot = $state.raw(actor.getSnapshot());
  actor.subscribe((next) => (snapshot = next));
  return {
    get snapshot() {
      return snapshot;
    },
    send: (event) => actor.send(event),
    start: () => void actor.start(),
    stop: () => void actor.stop(),
  };
}
