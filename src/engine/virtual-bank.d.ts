declare module 'virtual:ai-layer-quiz/bank' {
  const bank: import('./types.ts').Bank;
  export default bank;
}

declare module 'virtual:ai-layer-quiz/bank-flow' {
  const flow: import('./bank-parts.ts').FlowBank;
  export default flow;
}

declare module 'virtual:ai-layer-quiz/bank-result' {
  const result: import('./bank-parts.ts').ResultPart;
  export default result;
}

declare module 'virtual:ai-layer-quiz/intro' {
  const facts: import('../machine/connect/intro-text.ts').IntroFacts;
  export default facts;
}
