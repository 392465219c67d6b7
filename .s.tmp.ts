import { loadBankFolder } from './src/bank/check.ts';
import { forEachDecision } from './src/engine/walk.ts';
const { bank } = loadBankFolder('./questions/');
const variants: Record<string, any> = {
  none: { ...bank.scoring.blend, share: 0.0001, strong: undefined },
  k1: { ...bank.scoring.blend, strong: undefined },
  g20: bank.scoring.blend,
  g25: { ...bank.scoring.blend, strong: { from: 0.25, share: 1.5 } },
  g20x125: { ...bank.scoring.blend, strong: { from: 0.2, share: 1.25 } },
};
for (const [name, blend] of Object.entries(variants)) {
  const b = { ...bank, scoring: { ...bank.scoring, blend } };
  for (const p of process.argv.slice(2)) {
    const c: Record<string, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
    const n = forEachDecision(b, p as any, (x) => { c[x.outcome]++; });
    console.log(name.padEnd(8), p, Object.entries(c).map(([o, v]) => `${o} ${((100 * v) / n).toFixed(1)}`).join('  '));
  }
}
