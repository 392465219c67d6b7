/**
 * The connect layer: turns a quiz machine snapshot into what each screen shows
 * and the actions it offers. Pure (no DOM, no Svelte): components render the
 * view and call its functions. One module per screen under connect/; this is
 * the one entry point.
 */
import type { Engine } from '../engine/engine.ts';
import type { QuizSnapshot, Send } from './connect/base.ts';
import { introView, type IntroView } from './connect/intro.ts';
import { personaView, type PersonaView } from './connect/persona.ts';
import { questionView, type QuestionView } from './connect/question.ts';
import { resultView, type ResultView } from './connect/result.ts';

export type { QuizSnapshot, Send, Screen } from './connect/base.ts';
export { questionRange, SECONDS_PER_QUESTION, type IntroView } from './connect/intro.ts';
export type { PersonaChoice, PersonaView } from './connect/persona.ts';
export { branchNote, type OptionView, type QuestionView } from './connect/question.ts';
export { flipSentence, pickFlips, TOP_FLIPS, type FlipView } from './connect/flips.ts';
export type { SwitchView } from './connect/persona.ts';
export type { InvestorView } from './connect/investor.ts';
export type { ResultView, ScoreBar } from './connect/result.ts';
export { TOP_REASONS, type ReasonView } from './connect/why.ts';
export { sourceText, type ListedText, type SourcedText } from './connect/sourced.ts';

export type QuizView = IntroView | PersonaView | QuestionView | ResultView;

/** The view model of the screen `snapshot` is on. */
export function connect(snapshot: QuizSnapshot, send: Send, engine: Engine): QuizView {
  if (snapshot.matches('persona')) return personaView(snapshot, send, engine.bank);
  if (snapshot.matches('question') || snapshot.matches({ trying: 'question' })) {
    return questionView(snapshot, send, engine);
  }
  if (snapshot.matches('result') || snapshot.matches('trying')) return resultView(snapshot, send, engine);
  return introView(snapshot, send, engine);
}
