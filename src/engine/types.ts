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
  /** Absent only on a neutral option, which gives no reason because it moves nothing. */
  reason?: CitedText;
  /** "Not sure" and the like: counts as answered, weighs nothing (all weights 0), and the result says it did not count. */
  neutral?: boolean;
}

/** Shown only when every condition holds: the named earlier question was answered with one of `anyOf`. */
export interface ShowCondition {
  question: QuestionId;
  anyOf: OptionId[];
}

/** How a question reads for one persona: replaces the prompt, the hint or both. */
export interface Wording {
  prompt?: string;
  hint?: string;
}

export interface Question {
  id: QuestionId;
  /** A few words naming what is asked, used in computed sentences ("your answer on transaction cost"). */
  topic: string;
  prompt: string;
  hint?: string;
  /**
   * Per-persona prompt and hint for a question both personas see. The engine's
   * `questionsFor` applies it, so a reader only ever sees their own wording.
   */
  wording?: Partial<Record<PersonaId, Wording>>;
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
  /** A few words on what it means, for the first screen ("a chain of your own: full control"). */
  tagline: string;
  /** One sentence: why this layer, in general. */
  summary: CitedText;
  /** What this layer does well for AI, as the article tells it. */
  advantages: CitedText[];
  /** What it costs or risks. */
  challenges: CitedText[];
  examples: ExampleProject[];
  /** For investors: which slice of the article's sample allocation this is, and the notes that matter most. */
  investor: {
    /** Absent when no slice of the article's sample portfolio fits this outcome. */
    allocationSlice?: string;
    /** Said first on an investor's result for this outcome. */
    notice?: CitedText;
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
  /** General notes; each applies to every outcome unless `appliesTo` names some. */
  compliance: (CitedText & { appliesTo?: OutcomeId[] })[];
  disclaimer: string;
}

/**
 * How points become a recommendation. `blend`: answers that want both of
 * `of` (Layer-1 and Layer-2) are what `into` (Hybrid) stands for, so `into`
 * also counts `share` times the points those two have in common, or
 * `strong.share` times once those reach `strong.from` of the full pull.
 * `order`: the last resort, when nothing in the reader's answers tells tied
 * outcomes apart.
 */
export interface ScoringRule {
  blend: {
    of: [OutcomeId, OutcomeId];
    into: OutcomeId;
    share: number;
    strong?: { from: number; share: number };
    cite: Citation;
  };
  order: OutcomeId[];
}

export interface Bank {
  version: number;
  personas: Persona[];
  questions: Question[];
  outcomes: Outcome[];
  scoring: ScoringRule;
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

/** Fit for each outcome: an integer 0–100, the figure the chart shows. */
export type Fit = Readonly<Record<OutcomeId, number>>;

/** The part of the blend outcome's fit that comes from the blend of the two others (0 when it adds nothing). */
export interface BlendShare {
  into: OutcomeId;
  of: [OutcomeId, OutcomeId];
  /** Fit points of `into` that come from the blend. */
  fit: number;
  /** The blend is what put `into` first: without it, another outcome would lead. */
  decisive: boolean;
}

/**
 * How the winner was picked. `lead`: the most points. The others settle a tie
 * in points, in this order: the blend outcome, when it is level with both
 * sides of the blend (the reader pulls both ways); the single answer that
 * points most firmly to one of the tied outcomes; more answers leaning to
 * one; the earliest answer that tells them apart; and, when no answer does,
 * the bank's fixed order.
 */
export type DecidedBy = 'lead' | 'both-ways' | 'strongest-answer' | 'more-answers' | 'earliest-answer' | 'order';

/** What settled a tie: the outcomes that were level, and the answer or count that told them apart. */
export interface Settlement {
  tied: OutcomeId[];
  /** The deciding answer (strongest-answer, earliest-answer). */
  answer?: { questionId: QuestionId; optionId: OptionId };
  /** Answers leaning to each tied outcome (more-answers). */
  counts?: Partial<Record<OutcomeId, number>>;
}

/** `clear`: a lead with room to spare. `close`: level or within a point. `weak`: most answers did not count. */
export type Strength = 'clear' | 'close' | 'weak';

/** One answer that moved the result: its reason, and how far it pushed the winner ahead of the runner-up. */
export interface Reason extends CitedText {
  questionId: QuestionId;
  optionId: OptionId;
  question: string;
  answer: string;
  /** The outcome this answer pulls toward: the recommendation, or one side of the blend it came from. */
  toward: OutcomeId;
  /** How many points this answer put the recommendation ahead of the runner-up. */
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
  /** Every outcome, best first: the order the tie-breaks give. */
  ranking: OutcomeId[];
  /** Raw points: the sum of the chosen options' weights (may be negative; readers see `fit`). */
  scores: Scores;
  /** What the chart shows: 0–100 per outcome, highest for the recommendation. */
  fit: Fit;
  /** How much of the blend outcome's fit the blend gave, or null when it gave none. */
  blend: BlendShare | null;
  decidedBy: DecidedBy;
  /** Set when a tie in points was settled (decidedBy other than 'lead'). */
  settlement: Settlement | null;
  strength: Strength;
  /** The answers that count (branch-hidden and other-persona answers are left out). */
  answers: Answers;
  /** Questions answered with a neutral option ("Not sure"): answered, but they moved nothing. */
  notCounted: QuestionId[];
  /** All questions that apply have an answer. */
  complete: boolean;
  summary: CitedText;
  /** Answers that pushed the winner ahead, strongest first. */
  reasons: Reason[];
  /** Single-answer changes that would put the runner-up (first) or another outcome first. */
  flips: Flip[];
}

/** 'not-ready': a staged engine asked to score before the result part of the bank arrived. */
export type EngineErrorKind = 'unknown-persona' | 'unknown-question' | 'unknown-option' | 'not-ready';

export interface EngineError {
  ok: false;
  kind: EngineErrorKind;
  /** The id that was not known. */
  id: string;
  message: string;
}

export type EvaluateResult = Evaluation | EngineError;
