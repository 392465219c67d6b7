declare module 'virtual:bench/survey-json' {
  const survey: import('./surveyjs-bank.ts').SurveyJson;
  export default survey;
}
