/**
 * The shapes of the question bank (as authored in `questions/`) and of what
 * the engine computes from it. Everything keys on stable ids, never on text.
 */

export const OUTCOME_IDS = ['l1', 'l2', 'l3', 'hybrid'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export const PERSONA_IDS = ['builder', 'investor'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export type QuestionId = string;
export type OptionId = string;

/** `{ [questionId]: optionId }` */
export type Answers = Readonly<Record<QuestionId, OptionId>>;

export type Scores = Readonly<Record<OutcomeId, number>>;

/** A pointer into the source article: a heading exactly as written, and a point under it where there is one. */
export interface Citation {
  section: string;
  point?: string;
}

/** A sentence in our own words, with where in the article it comes from. */
export interface CitedText {
  text: string;
  cite: Citation;
}

export interface Option {
  id: OptionId;
  label: string;
  hint: string;
  weights: Scores;
  reason: CitedText;
}

/** Shown only when every condition holds: the named earlier question was answered with one of `anyOf`. */
export interface ShowCondition {
  question: QuestionId;
  anyOf: OptionId[];
}

export interface Question {
  id: QuestionId;
  /** A few words naming what is asked, used in computed sentences ("your answer on transaction cost"). */
  topic: string;
  prompt: string;
  hint?: string;
  showIf?: ShowCondition[];
  options: Option[];
}

export interface Persona {
  id: PersonaId;
  label: string;
  hint: string;
  /** Question ids in the order they are asked; shared questions appear in both personas. */
  questions: QuestionId[];
  /** Outcomes the bank declares as not reachable for this persona, with why. */
  notApplicable?: { outcome: OutcomeId; why: string }[];
}

export interface ExampleProject {
  name: string;
  note: string;
  cite: Citation;
}

export interface Outcome {
  id: OutcomeId;
  label: string;
  /** One sentence: why this layer, in general. */
  summary: CitedText;
  tradeOffs: CitedText[];
  examples: ExampleProject[];
  /** For investors: which slice of the article's sample allocation this is, and the notes that matter most. */
  investor: {
    allocationSlice: string;
    compliance: CitedText[];
    tools: string[];
  };
}

export interface AllocationSlice {
  id: string;
  share: number;
  label: string;
  examples: string;
}

export interface MonitoringTool {
  id: string;
  name: string;
  bestFor: string;
  pricing: string;
}

export interface InvestorGuide {
  allocation: { slices: AllocationSlice[]; cite: Citation };
  tools: { list: MonitoringTool[]; cite: Citation };
  compliance: CitedText[];
  disclaimer: string;
}

export interface TieRule {
  /** Scores this close (or closer) count as a near-tie. */
  nearTie: number;
  /** A near-tie between these two outcomes recommends `resolvesTo` instead. */
  pair: [OutcomeId, OutcomeId];
  resolvesTo: OutcomeId;
  resolvesToCite: Citation;
  /** Any other tie goes to the outcome listed first here. */
  order: OutcomeId[];
}

export interface Bank {
  version: number;
  personas: Persona[];
  questions: Question[];
  outcomes: Outcome[];
  tieRule: TieRule;
  investorGuide: InvestorGuide;
}

export interface ArticleSection {
  heading: string;
  points?: string[];
}

export interface ArticleOutline {
  title: string;
  sections: ArticleSection[];
}

// ---- What the engine computes ----

/** One answer that moved the result: its reason, and how far it pushed the winner ahead of the runner-up. */
export interface Reason extends CitedText {
  questionId: QuestionId;
  optionId: OptionId;
  question: string;
  answer: string;
  /** The outcome this answer pulls toward: the recommendation, or after a near-tie one side of the pair. */
  toward: OutcomeId;
  /** How many points this answer put `toward` ahead of the other side (runner-up, or the other of the pair). */
  lead: number;
}

/** A single changed answer that would put another outcome first. */
export interface Flip {
  questionId: QuestionId;
  topic: string;
  from: { optionId: OptionId; label: string };
  to: { optionId: OptionId; label: string };
  outcome: OutcomeId;
}

export interface Evaluation {
  ok: true;
  persona: PersonaId;
  outcome: OutcomeId;
  runnerUp: OutcomeId;
  scores: Scores;
  /** How the winner was picked: clear lead, a tie broken by order, or the near-tie rule. */
  decidedBy: 'lead' | 'tie-order' | 'near-tie';
  /** The answers that count (branch-hidden and other-persona answers are left out). */
  answers: Answers;
  /** All questions that apply have an answer. */
  complete: boolean;
  summary: CitedText;
  /** Answers that pushed the winner ahead, strongest first. */
  reasons: Reason[];
  /** Single-answer changes that would put the runner-up (first) or another outcome first. */
  flips: Flip[];
}

export type EngineErrorKind = 'unknown-persona' | 'unknown-question' | 'unknown-option';

export interface EngineError {
  ok: false;
  kind: EngineErrorKind;
  /** The id that was not known. */
  id: string;
  message: string;
}

export type EvaluateResult = Evaluation | EngineError;
