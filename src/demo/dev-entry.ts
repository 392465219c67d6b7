// `npm run dev`'s page script: the element from source, with the quiz fetched as Vite's dev server compiles it.
import { defineQuizElement } from '../embed/module.ts';

defineQuizElement();
