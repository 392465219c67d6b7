// The engine alone: `ai-layer-quiz/engine`. Declarations emitted by tsc from src/engine/.
export * from './types/engine/index.js';
