/** The build turns `questionnaires/default.yaml` into the questionnaire the loader reads from it (see esbuild.js). */
declare module '*/default.yaml' {
  const questionnaire: import('../core/questionnaire/questionnaire').Questionnaire;
  export default questionnaire;
}

