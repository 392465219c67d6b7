import type { Bank, Citation, OutcomeId } from '../../engine/types.ts';
import { lastOfRuns, sourced, sourceText, type ListedText, type SourcedText } from './sourced.ts';

export interface InvestorView {
  /** What an investor most needs to know about this outcome, said first; null when there is nothing special. */
  notice: SourcedText | null;
  allocation: {
    slices: { id: string; label: string; share: number; examples: string; highlight: boolean }[];
    cite: Citation;
    source: string;
  };
  compliance: ListedText[];
  tools: {
    rows: { id: string; name: string; bestFor: string; pricing: string; suggested: boolean }[];
    cite: Citation;
    source: string;
  };
  disclaimer: string;
}

export function investorView(bank: Bank, outcomeId: OutcomeId): InvestorView {
  const guide = bank.investorGuide;
  const outcome = bank.outcomes.find((o) => o.id === outcomeId)!;
  const citeKey = (c: Citation) => `${c.section}\u0000${c.point ?? ''}`;
  const specific = outcome.investor.compliance;
  const covered = new Set(specific.map((c) => citeKey(c.cite)));
  const general = guide.compliance.filter(
    (c) => !covered.has(citeKey(c.cite)) && (c.appliesTo?.includes(outcomeId) ?? true),
  );
  const suggested = new Set(outcome.investor.tools);
  const rows = guide.tools.list.map((t) => ({ ...t, suggested: suggested.has(t.id) }));
  return {
    notice: outcome.investor.notice ? sourced(outcome.investor.notice) : null,
    allocation: {
      slices: guide.allocation.slices.map((s) => ({ ...s, highlight: s.id === outcome.investor.allocationSlice })),
      cite: guide.allocation.cite,
      source: sourceText(guide.allocation.cite),
    },
    compliance: lastOfRuns([...specific, ...general].map(sourced)),
    tools: {
      rows: [...rows.filter((r) => r.suggested), ...rows.filter((r) => !r.suggested)],
      cite: guide.tools.cite,
      source: sourceText(guide.tools.cite),
    },
    disclaimer: guide.disclaimer,
  };
}
