/**
 * The peer page's script: our question bank rendered by SurveyJS's
 * framework-free UI (`survey-js-ui`) with its default theme, into the same
 * reserved box our snippet uses. Bundled by peer-build.ts, never shipped.
 */
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.fontless.css';
import surveyJson from 'virtual:bench/survey-json';

const container = document.getElementById('peer');
if (container) {
  const surveyBox = document.createElement('div');
  const survey = new Model(surveyJson);

  // Our result screen has "Start over"; SurveyJS's thank-you page has no such
  // button, so the page adds one (for the bench's 20 restarts).
  const restart = document.createElement('button');
  restart.type = 'button';
  restart.textContent = 'Start over';
  restart.hidden = true;
  container.replaceChildren(surveyBox, restart);
  renderSurvey(survey, surveyBox);
  survey.onComplete.add(() => {
    restart.hidden = false;
  });
  restart.addEventListener('click', () => {
    restart.hidden = true;
    survey.clear(true, true);
  });
}
