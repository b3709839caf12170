import type { GuideFacts } from './facts';

/** A reading that found nothing: every fact unknown. The generic walkthrough and tests start from it. */
export function emptyFacts(): GuideFacts {
  return {
    files: { guide: null, prTemplates: [], commitlintConfig: null, config: null, linkedDocs: [], readmeSection: null },
    guideIsPointerOnly: null,
    acceptsPullRequests: null,
    baseBranch: null,
    commit: { convention: null, types: null, subjectMaxLength: null, signOff: null },
    claRequired: null,
    changelog: { required: null, how: null },
    branchNaming: null,
    discussFirst: null,
    issueLabels: null,
    commands: { setup: [], test: [], lint: [] },
    checklist: [],
    changeChoices: [],
    project: null,
    commitlint: null,
    maintainer: null,
    problems: [],
  };
}
