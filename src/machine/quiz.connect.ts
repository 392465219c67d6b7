/**
 * The connect layer: turns a quiz machine snapshot into what each screen shows
 * and the actions it offers. Pure (no DOM, no Svelte): components render the
 * view and call its functions. One module per screen under connect/; this is
 * the one entry point.
 */
import type { Engine } from '../engine/engine.ts';
import { devMessage } from '../errors.ts';
import type { QuizSnapshot, Send } from './connect/base.ts';
import { introView, type IntroView } from './connect/intro.ts';
import { personaView, type PersonaView } from './connect/persona.ts';
import { questionView, type QuestionView } from './connect/question.ts';
import type { ResultView, resultView } from './connect/result.ts';

export type { QuizSnapshot, Send, Screen } from './connect/base.ts';
export type { IntroView } from './connect/intro.ts';
export { INTRO_WORDS, introText, lengthText, SECONDS_PER_QUESTION, type IntroFacts } from './connect/intro-text.ts';
export type { PersonaChoice, PersonaView } from './connect/persona.ts';
export { branchNote, type OptionView, type QuestionView } from './connect/question.ts';
export { flipSentence, pickFlips, TOP_FLIPS, type FlipView } from './connect/flips.ts';
export type { SwitchView } from './connect/persona.ts';
export type { InvestorView } from './connect/investor.ts';
export type { ResultView, ScoreBar } from './connect/result.ts';
export { TOP_REASONS, type ReasonView } from './connect/why.ts';
export { sourceText, type ListedText, type SourcedText } from './connect/sourced.ts';

export type QuizView = IntroView | PersonaView | QuestionView | ResultView;

/** The result screen's connect layer, which comes with the result chunk. */
export type ResultConnect = typeof resultView;

/**
 * The view model of the screen `snapshot` is on. `result` connects the
 * result screen: it comes with the result chunk, and the caller shows a
 * pending screen until it has it.
 */
export function connect(snapshot: QuizSnapshot, send: Send, engine: Engine, result?: ResultConnect): QuizView {
  if (snapshot.matches('persona')) return personaView(snapshot, send, engine.bank);
  if (snapshot.matches('question') || snapshot.matches({ trying: 'question' })) {
    return questionView(snapshot, send, engine);
  }
  if (snapshot.matches('result') || snapshot.matches('trying')) {
    if (!result) throw new Error(devMessage('the result screen needs the result chunk'));
    return result(snapshot, send, engine);
  }
  return introView(snapshot, send, engine);
}
