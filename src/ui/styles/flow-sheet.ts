import controls from './controls.css?inline';
import persona from './persona.css?inline';
import question from './question.css?inline';

/** The persona and question screens' styles (see sheets.ts). */
export const flowSheet: string = [controls, persona, question].join('\n');
