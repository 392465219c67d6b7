import type { Engine } from '../../engine/engine.ts';
import type { QuizSnapshot, Send, ViewBase } from './base.ts';
import { introFactsOf, introText, type IntroFacts } from './intro-text.ts';

export interface IntroView extends ViewBase, ReturnType<typeof introText> {
  screen: 'intro';
  start(): void;
}

/** The facts need every path counted: once per engine. */
const factsOf = new WeakMap<Engine, IntroFacts>();

function factsFor(engine: Engine): IntroFacts {
  let facts = factsOf.get(engine);
  if (!facts) factsOf.set(engine, (facts = introFactsOf(engine)));
  return facts;
}

export function introView(snapshot: QuizSnapshot, send: Send, engine: Engine): IntroView {
  return {
    screen: 'intro',
    key: 'intro',
    announcement: '',
    ...introText(factsFor(engine), snapshot.context.presetPersona),
    start: () => send({ type: 'START' }),
  };
}
