/**
 * How each fact of `FACT_CATALOG` is found, by id: the maintainer file speaks first, then the commitlint config
 * (for convention, types and lengths it wins over the guide), then the guide's prose. The type of `EXTRACTORS`
 * makes a catalog id without an extractor a compile error.
 */
import type { CommitlintFacts } from '../commitlint/readConfig';
import type { ConfigFact, MaintainerConfig } from '../maintainer/types';
import { FactId } from './factCatalog';
import { FoundFiles, Found } from './facts';
import { Sources } from './sources';
import { acceptsPullRequests } from './extract/pullRequests';
import { baseBranch } from './extract/baseBranch';
import { commitConvention, commitTypes } from './extract/commitConvention';
import { subjectMaxLength } from './extract/subjectLength';
import { signOff } from './extract/signOff';
import { claRequired } from './extract/cla';
import { changelogHow, changelogRequired } from './extract/changelog';
import { branchNaming } from './extract/branchNaming';
import { discussFirst } from './extract/discussFirst';
import { guideIsPointerOnly } from './extract/pointerOnly';
import { issueLabels } from './extract/issueLabels';

/** What an extractor may look at. */
export interface ExtractContext {
  readonly sources: Sources;
  readonly commitlint: CommitlintFacts | null;
  readonly maintainer: MaintainerConfig | null;
  readonly files: FoundFiles;
}

/**
 * No guide file, but material the reader did read (a README's developer docs, a PR template) or a README that is the
 * project's only word to newcomers: there is no guide that only points elsewhere, so the answer is "no", said from
 * the first such document. With nothing at all it stays unknown.
 */
function noGuidePointer(sources: Sources, files: FoundFiles): Found<boolean> | null {
  if (sources.guide) return null;
  // (A template that is one HTML comment shows nothing once the pull request is opened: nothing was read.)
  const first = sources.guideFlow[0]?.doc.path ?? sources.templateFlow.find((l) => !l.block.commented)?.doc.path ?? files.readmeOnly;
  return first ? { value: false, source: { file: first, line: 1 } } : null;
}

/** A maintainer file's value, as a found fact (its origin is `config`, from its file). */
const fromConfig = <T>(fact: ConfigFact<T> | null | undefined): Found<T> | null => (fact ? { value: fact.value, source: { file: fact.source.file, line: fact.source.line } } : null);

export const EXTRACTORS: { readonly [K in FactId]: (context: ExtractContext) => Found<unknown> | null } = {
  // A README section standing in for the guide is never "the guide is a pointer": it holds the instructions itself.
  'guideIsPointerOnly': ({ sources, files }) => (files.readmeSection ? { value: false, source: { file: files.readmeSection, line: 1 } } : guideIsPointerOnly(sources.guide, sources.guideFlow) ?? noGuidePointer(sources, files)),
  'acceptsPullRequests': ({ sources }) => acceptsPullRequests(sources),
  'baseBranch': ({ sources, maintainer }) => fromConfig(maintainer?.baseBranch) ?? baseBranch(sources),
  'commit.convention': ({ sources, commitlint, maintainer }) => fromConfig(maintainer?.commits.convention) ?? commitlint?.convention ?? commitConvention(sources),
  // A shared config's default list is wider than what a guide asks for in its own words ("must be one of").
  'commit.types': ({ sources, commitlint, maintainer }) =>
    fromConfig(maintainer?.commits.types) ?? (commitlint?.fromPreset?.types ? (commitTypes(sources) ?? commitlint.types) : (commitlint?.types ?? commitTypes(sources))),
  'commit.subjectMaxLength': ({ sources, commitlint, maintainer }) =>
    fromConfig(maintainer?.commits.subjectMaxLength) ??
    (commitlint?.fromPreset?.subjectMaxLength ? (subjectMaxLength(sources) ?? commitlint.subjectMaxLength) : (commitlint?.subjectMaxLength ?? subjectMaxLength(sources))),
  'commit.signOff': ({ sources, commitlint, maintainer }) => fromConfig(maintainer?.commits.signOff) ?? commitlint?.signOff ?? signOff(sources),
  'claRequired': ({ sources }) => claRequired(sources),
  'changelog.required': ({ sources }) => changelogRequired(sources),
  'changelog.how': ({ sources }) => changelogHow(sources),
  'branchNaming': ({ sources, maintainer }) => fromConfig(maintainer?.branchTemplate) ?? branchNaming(sources),
  'discussFirst': ({ sources }) => discussFirst(sources),
  // The maintainer file's `labels` are the maintainers' own list; the guide's "look for issues labelled …" next.
  'issueLabels': ({ sources, maintainer }) => fromConfig(maintainer?.labels) ?? issueLabels(sources),
};
