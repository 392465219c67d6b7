declare module 'virtual:ai-layer-quiz/bank' {
  const bank: import('./types.ts').Bank;
  export default bank;
}
