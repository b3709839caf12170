export * from './types';
export { assembleChecklist, builtInItem, signOffRequired } from './assemble';
export { evaluateChecklist, blocks, isDone, rebaseOrMerge } from './evaluate';
export type { EvaluationInput } from './evaluate';
export { renderBody, closesIssue, mentionsIssue, pullRequestTitle, stripComments } from './body';
export type { BodyInput } from './body';
export { templateChoices, chooseTemplate, templateName, splitFrontMatter } from './templates';
export type { TemplateChoice } from './templates';
export { commitVerdicts } from './verdicts';
