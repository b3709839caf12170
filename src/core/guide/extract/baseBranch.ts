import { Found } from '../facts';
import { Block, Link, ParsedDocument } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { clauseBefore, lowered, mayHoldWords, plain, sentenceStart, underHeading } from './text';
import { requiredWords } from '../../text/requiredWords';
import { baseByConcepts } from './baseBranchConcepts';
import { escapeRegExp, lastWordAt, LIKELY_BRANCH, REFUSED_AFTER, TRACKER_ID } from './branchNames';

// (Quoted as 'dev' or "dev" too: plain-text guides quote a name where Markdown ones use a code span.)
// A version series is a branch name too (`4.x`, `2.1.x`): PHP and Symfony-style projects take pull requests there.
// ("a pull request to merge into `master`": the verb is never the name, the pattern reads on past it. Only that verb: past
// "to be reviewed" or "to create a backport" the words that follow name no base.)
// (The name runs to its end: `release/next` is one name, not `release` before a slash.)
const NAME = '[`\'"]?(?!merge\\b)([A-Za-z][\\w./-]{0,40}?(?![\\w/-])|\\d{1,3}(?:\\.\\d{1,3}){0,2}\\.x)[`\'"]?';
/** "a base branch (e.g. `main`)", "the default branch (currently `master`)": a name given as the example of a role. */
const ROLE_EXAMPLE = `(?:an?\\s+|the\\s+)?(?:base|default|main|upstream|target|development)\\s+branch\\s*(?:\\((?:e\\.g\\.|i\\.e\\.|usually|typically|currently|normally)?|,\\s*(?:e\\.g\\.|i\\.e\\.|such\\s+as|like|usually|typically))?,?\\s*`;
/**
 * Phrases that name the branch work starts from or pull requests go to (not where development "happens"). ("Your PR
 * must be based on `dev`", "this branch should be based on `trunk`": what a branch or PR is based on is its base.)
 */
/** One character of a clause that has no negation in it ("No new work is based on it" is not a base). */
const NOT_NEGATED = String.raw`(?:(?!\b(?:no|not|never|don'?t|nothing)\b)[^.])`;
const PROSE_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:branch(?:es)?|PRs?|pull requests?|merge requests?|MRs?|topic branch)\\b[^.]{0,60}?\\b(?:off(?: of)?|from|against|onto|into|to|to target|targets?|targeting|based\\s+on(?!\\s+top\\s+of\\b)|(?:directed|aimed|pointed)\\s+at|on\\s+top\\s+of(?:\\s+the\\s+latest\\s+(?:revision|version|commit|state)\\s+of)?)\\s+(?:${ROLE_EXAMPLE}|(?:the\\s+)?(?:(?:main\\s+|upstream\\s+)?(?:repository|repo|project)['\u2019]s\\s+)?(?:latest\\s+|default\\s+)?(?:upstream\\s+|base\\s+)?)(?:\`?[\\w-]+:)?\`?(?:(?:upstream|origin)\\/)?${NAME}(?:\\s+branch)?\\b`, 'i'),
  // "Patches should be made against master": only against/onto, and a name that is quoted, called a branch or a
  // usual base, since "patches to libfoo2" or "security patches from v5.4" name a library or a release.
  new RegExp(`\\bpatch(?:es)?\\b[^.]{0,60}?\\b(?:against|onto|on\\s+top\\s+of)\\s+(?:the\\s+)?(?:latest\\s+|current\\s+)?(?:(?:upstream|origin)\\/)?(?:[\`'"]([A-Za-z][\\w./-]{0,40}?)[\`'"]|([A-Za-z][\\w./-]{0,40}?(?=\\s+branch\\b)|(?:main|master|develop|devel|dev|trunk|next)\\b))`, 'i'),
  // ("merge your fork into ForwardDiff's master branch": the project's own branch, named with its possessive.)
  new RegExp(`\\b(?:rebase|merge|squash(?:-merge)?|squash merge)\\b[^.]{0,40}?\\b(?:onto|into|against|on top of)\\s+(?:the\\s+|[A-Z][\\w.-]{0,40}['’]s\\s+)?(?:latest\\s+)?${NAME}\\s+branch\\b`, 'i'),
  // "Commits should always be rebased against devel": a rebase onto a bare name (LIKELY_BRANCH decides it is one).
  // ("- [ ] Rebased onto current develop", "rebased my branch over master": a template's box, the same rebase.)
  new RegExp(`\\brebas(?:e|ed|ing)\\s+(?:(?:it|them|(?:(?:your|my|the)\\s+)?(?:changes|work|commits)|(?:your|my|the)\\s+(?:branch|PR|pull\\s+request))\\s+)?(?:onto|against|on\\s+top\\s+of|on|over|from)\\s+(?:the\\s+)?(?:(?:latest|current|most\\s+recent)\\s+)?(?:(?:tip|head|top)\\s+of\\s+(?:the\\s+)?)?(?:(?:upstream|origin)\\/)?${NAME}(?=[\\s.,;:)]|$)`, 'i'),
  // "Please `git rebase` to the latest revision of the bleed branch": rebased to the branch's latest state.
  // (Not a docs or website branch: "When editing the website, rebase to the latest revision of the `gh-pages` branch".)
  new RegExp(`\\brebas(?:e|ed|ing)\\b\`?\\s+(?:(?:it|them|your\\s+(?:branch|changes|work|commits))\\s+)?(?:on|onto|to|against|on\\s+top\\s+of)\\s+(?:the\\s+)?(?:(?:latest|most\\s+recent|current)\\s+(?:revision|version|commit|state|HEAD)\\s+(?:of|on)|tip\\s+of)\\s+(?:the\\s+)?(?![\`'"]?(?:gh-pages|pages|docs?|website|site)\\b)${NAME}(?:\\s+branch\\b|(?=[\\s.,;:)]|$))`, 'i'),
  // "Rebase your branch to current master": rebased to the branch's up-to-date state, said without "revision of".
  new RegExp(`\\brebas(?:e|ed|ing)\\s+(?:(?:it|them|(?:your|my|the)\\s+(?:branch|changes|work|commits|PR|pull\\s+request))\\s+)?to\\s+(?:the\\s+)?(?:current|latest|most\\s+recent)\\s+(?:(?:upstream|origin)\\/)?${NAME}(?=[\\s.,;:)!]|$)`, 'i'),
  // "Make sure you rebased the current master branch": the branch named by how up to date it is.
  new RegExp(`\\brebas(?:e|ed|ing)\\s+(?:(?:it|them|your\\s+(?:branch|changes|work|commits))\\s+)?(?:(?:on|onto|against|on\\s+top\\s+of)\\s+)?(?:the\\s+)?(?:current|latest|most\\s+recent)\\s+${NAME}\\s+branch\\b`, 'i'),
  // "Make sure you are merging your commits to `dev` branch", "once it is merged into master".
  new RegExp(`\\bmerg(?:e|ing)\\s+(?:your\\s+|my\\s+|our\\s+|their\\s+|the\\s+)?(?:commits?|changes?|work|code)\\s+(?:in)?to\\s+(?:the\\s+)?${NAME}\\s+branch\\b`, 'i'),
  // ("the code will be rebased into the `main` branch": however a change lands, where it lands is the base.)
  // (Not "merged to": "after the patches are merged to 'next'" tells a maintainer's pipeline of branches.)
  new RegExp(`\\b(?:is|are|gets?|got|been|be)\\s+(?:(?:first|only)\\s+)?(?:merged|rebased|squashed|squash-merged|landed|accepted)\\s+into\\s+(?:the\\s+)?${NAME}(?:\\s+branch)?(?=[\\s.,;)*_]|$)`, 'i'),
  new RegExp(`\\bsquash(?:[- ]merge)?\\b[^.]{0,40}?\\binto\\s+${NAME}(?=[\\s.,;)]|$)`, 'i'),
  new RegExp(`\\b(?:the\\s+)?branch\\s+${NAME}\\b(?=[^.]{0,10}$|\\.)`, 'i'),
  // "Patches should be written against the Git "master" branch", "base your changes on the latest master",
  // "Always check out the main branch and submit pull requests against it", "use the main branch".
  new RegExp(`\\b(?:written|made|based|base\\s+(?:your\\s+)?(?:changes|work|patch(?:es)?|branch)|check\\s+out|use|work\\s+(?:off|from|on))\\s+(?:(?:against|on|off(?:\\s+of)?|from|onto)\\s+)?(?:the\\s+)?(?:(?:latest|current)\\s+(?:Git\\s+|upstream\\s+)?["'\u201c]?${NAME}["'\u201d]?(?:\\s+branch\\b|(?=[\\s.,;)]|$))|(?:Git\\s+|upstream\\s+)?["'\u201c]?${NAME}["'\u201d]?\\s+branch\\b)`, 'i'),
  // "Branch from the main branch", "work off the `develop` branch": the role word and "branch" around the name (the
  // first pattern reads "the main branch" as a role and then wants a name after it).
  new RegExp(`\\b(?:branch(?:es)?|fork|work)\\s+(?:off(?:\\s+of)?|from)\\s+the\\s+${NAME}\\s+branch\\b`, 'i'),
  // "Make your changes on a feature branch based on `main`", "a topic branch created from develop": the branch's origin.
  new RegExp(`\\b(?:feature|topic|working|new|your|own)\\s+branch(?:es)?\\s+(?:that\\s+is\\s+|which\\s+is\\s+)?(?:based|created|branched|forked|started)\\s+(?:on|off(?:\\s+of)?|from)\\s+(?:the\\s+)?(?:latest\\s+|current\\s+)?(?:(?:upstream|origin)\\/)?${NAME}(?:\\s+branch)?(?=[\\s.,;:)]|$)`, 'i'),
  // "Our default branch is `main`; all work should branch from there": the role named, then work sent back to it.
  new RegExp(`\\b(?:default|development|main|base)\\s+branch\\s+is\\s+${NAME}\\s*[;,:.]?\\s+[^.]{0,60}?\\b(?:branch(?:es)?|PRs?|pull\\s+requests?|work)\\b[^.]{0,30}?\\b(?:from|off|against|to|into)\\s+(?:there|it)\\b`, 'i'),
  // "Base your branch on _master_, unless ...", "base your PRs off main": what to base work on, named bare.
  new RegExp(`\\bbase\\s+(?:your\\s+|the\\s+|all\\s+)?(?:changes|work|patch(?:es)?|branch(?:es)?|PRs?|pull\\s+requests?|commits?)\\s+(?:on|off(?:\\s+of)?|against|onto|from)\\s+(?:the\\s+)?(?:latest\\s+|current\\s+)?(?:(?:upstream|origin)(?:\\s+|\\/))?["'\u201c]?${NAME}["'\u201d]?(?=[\\s.,;:)]|$)`, 'i'),
  // "I have updated this branch with the latest `main` branch" (a template's box): what a branch is refreshed from is its base.
  new RegExp(`\\bupdat(?:e|ed|ing)\\s+(?:this|your|the|my)\\s+(?:branch|PR|pull\\s+request|fork)\\s+(?:with|to|from|against|on)\\s+(?:the\\s+)?(?:latest|current|most\\s+recent)\\s+(?:(?:upstream|origin)(?:\\s+|\\/))?["'\u201c]?${NAME}["'\u201d]?(?:\\s+branch\\b|(?=[\\s.,;:)]|$))`, 'i'),
  // "Feature branch is up-to-date with `master`", "keep your branch in sync with upstream/main": what a branch follows is its base.
  new RegExp(`\\b(?:up[\\s-]to[\\s-]date|in\\s+sync|synced|synchronized)\\s+with\\s+(?:the\\s+)?(?:latest\\s+)?(?:(?:upstream|origin)(?:\\s+|\\/))?${NAME}(?:\\s+branch)?(?=[\\s.,;:)]|$)`, 'i'),
  // "it should be submitted against the `main` branch", "send them to the dev branch": a change sent to a named branch.
  new RegExp(`\\b(?:submit(?:ted)?|sen[dt]|open(?:ed)?|direct(?:ed)?|file[ds]?|target(?:ed)?)\\s+(?:it\\s+|them\\s+|(?:your|the|a)\\s+(?:PRs?|pull\\s+requests?|changes?|patch(?:es)?|fix(?:es)?)\\s+)?(?:against|to|at|towards?)\\s+(?:the\\s+)?${NAME}\\s+branch\\b`, 'i'),
  // "Features and bug fixes target `master` by default": the kinds of change as the subject of "target".
  new RegExp(`\\b(?:features?|(?:bug\\s*)?fix(?:es)?|changes|contributions|patches)\\s+(?:(?:and|or|&)\\s+(?:new\\s+)?(?:features?|(?:bug\\s*)?fix(?:es)?|changes|patches)\\s+)?(?:should\\s+|must\\s+)?target\\s+(?:the\\s+)?${NAME}(?:\\s+branch)?(?=[\\s.,;:)]|$)`, 'i'),
  // "Select `dev` as the base branch when opening your PR", "The base branch for all PRs is `main`", "the base branch
  // of the pull request is `dev`" (a template's box), "choose `dev` as the base." (not "as the base image"): the role, named.
  new RegExp(`\\b(?:select|choose|pick|use|set)\\s+${NAME}\\s+as\\s+(?:the\\s+)?(?:base|target)(?:\\s+branch\\b|(?=\\s*(?:[.,;:)]|$)|\\s+(?:for|of)\\s+(?:your\\s+|the\\s+|a\\s+)?(?:PR|pull\\s+request)))|\\b(?:base|target)\\s+branch\\s+(?:(?:for|of)\\s+(?:all\\s+|your\\s+|every\\s+|the\\s+|this\\s+|a\\s+)?(?:PRs?|pull\\s+requests?|changes|contributions|patches)\\s+)?(?:is|should\\s+be|must\\s+be)\\s+(?:always\\s+)?${NAME}(?=[\\s.,;:)]|$)`, 'i'),
  // Gerrit's review ref named in prose: "All contributions should be pushed to refs/for/master".
  new RegExp(`\\brefs\\/for\\/${NAME}(?=[\\s.,;:)]|$)`, 'i'),
  // "Target the `v2` branch": the imperative alone.
  new RegExp(`(?:^|[.!:;]\\s+|\\bplease\\s+)(?:target|use)\\s+(?:the\\s+)?\`${NAME}\`\\s+branch\\b`, 'i'),
  // "You are working against the latest source on the *main* branch": the source one works against, on a named branch.
  new RegExp(`\\bwork(?:ing)?\\s+(?:against|off|from|on\\s+top\\s+of)\\s+(?:the\\s+)?(?:latest|current|most\\s+recent)\\s+(?:source|code|version|revision|state)\\s+(?:on|of|in)\\s+(?:the\\s+)?[*_]{0,2}${NAME}[*_]{0,2}\\s+branch\\b`, 'i'),
  // Patch-by-mail's condition on a patch: "must apply against HEAD of the main branch", "should apply cleanly on top of
  // the tip of `master`": what a patch applies to is its base. (Only with against/onto/on top of, or "cleanly to", or a
  // HEAD/tip: "these rules apply to the main package" uses the other sense of the verb.)
  new RegExp(`\\bappl(?:y|ies)\\s+(?:(?:cleanly|without\\s+conflicts)\\s+(?:to|against|onto|on(?:\\s+top\\s+of)?)|against|onto|on\\s+top\\s+of|to(?=\\s+(?:the\\s+)?(?:HEAD|tip|top)\\s+of\\b))\\s+(?:the\\s+)?(?:(?:HEAD|tip|top|latest\\s+(?:version|revision|state))\\s+of\\s+)?(?:the\\s+)?(?:(?:upstream|origin)\\/)?${NAME}(?:\\s+branch\\b|(?=[\\s.,;:)]|$))`, 'i'),
  // The widely copied "Create a topic branch from where you want to base your work (this is usually the main branch)":
  // where work is based, then the usual answer named in a clause of its own.
  new RegExp(`\\b(?:base|branch(?:es)?|fork)\\b[^.]{0,80}?\\b(?:this|which|that)\\s+is\\s+(?:usually|typically|normally|generally|almost\\s+always|most\\s+often)\\s+(?:the\\s+)?${NAME}\\s+branch\\b`, 'i'),
  // ("... from where you want to base your work (usually branched from main)": the usual answer as a bracketed aside.)
  new RegExp(`\\bbase\\s+your\\s+work\\s*\\(\\s*(?:usually|typically|normally|generally)\\s+(?:branched\\s+(?:off\\s+)?(?:of\\s+|from\\s+)?|based\\s+(?:on|off(?:\\s+of)?)\\s+|from\\s+|off\\s+(?:of\\s+)?|the\\s+)?${NAME}(?:\\s+branch)?\\s*\\)`, 'i'),
  // "The `dev` branch is where all pull requests should go", "`develop` is the branch PRs should target": the branch
  // named as the place of pull requests.
  new RegExp(`(?:^|\\bthe\\s+)${NAME}\\s+(?:branch\\s+)?is\\s+(?:where\\s+|the\\s+(?:branch|one)\\s+(?:that\\s+|which\\s+)?)(?:all\\s+|your\\s+|new\\s+)?(?:PRs?|pull\\s+requests?|merge\\s+requests?|contributions?|changes|patches)\\s+(?:should\\s+|must\\s+|need\\s+to\\s+)?(?:go|be\\s+(?:made|opened|sent|submitted|based|directed)|target|are\\s+(?:made|opened|sent|merged))\\b`, 'i'),
  // "Our main development branch is `develop`; please target it with your PRs": the role named, then pull requests sent to "it".
  new RegExp(`\\b(?:default|development|main|base|integration)\\s+branch\\s+is\\s+${NAME}\\s*[;,:.]?\\s+[^.]{0,40}?\\b(?:target|use|base\\s+(?:your\\s+)?(?:work|changes|PRs?|branch(?:es)?)\\s+on|open\\s+(?:your\\s+)?(?:PRs?|pull\\s+requests?)\\s+against)\\s+(?:it|that(?:\\s+branch)?)\\b`, 'i'),
  // "Pull requests that do not merge easily with the tip of the main branch will be declined": what a change must
  // merge with is its base.
  new RegExp(`\\b(?:merge|apply)\\s+(?:easily\\s+|cleanly\\s+)?with\\s+(?:the\\s+)?(?:tip|HEAD|head|latest\\s+(?:revision|commit|state))\\s+of\\s+(?:the\\s+)?${NAME}\\s+branch\\b`, 'i'),
  // "The active development branch in our repo is `dev`": the role, named, in a sentence of its own.
  new RegExp(`(?:^|[.!]\\s+)(?:the|our)\\s+(?:active\\s+|main\\s+|primary\\s+)?development\\s+branch\\s+(?:(?:in|of)\\s+(?:our|the|this)\\s+(?:repo|repository|project)\\s+)?is\\s+${NAME}\\s*(?:[.;]|$)`, 'i'),
  // "Make sure your PR's base is `develop`": the pull request's base, named.
  new RegExp(`\\b(?:PR|pull\\s+request|merge\\s+request)(?:'s|s')?\\s+(?:base|target)(?:\\s+branch)?\\s+(?:is|should\\s+be|must\\s+be|needs\\s+to\\s+be)\\s+(?:set\\s+to\\s+)?${NAME}(?=[\\s.,;:)]|$)`, 'i'),
  // "`master` is our default branch; fork from it and open PRs back to it": the name, its role, then work sent to "it".
  new RegExp(`(?:^|[.;:]\\s+)${NAME}\\s+is\\s+(?:our|the)\\s+(?:default|development|main|base|integration)\\s+branch\\b[^.]{0,60}?\\b(?:from|off|against|to|into|on)\\s+(?:it|there)\\b`, 'i'),
  // "Please direct pull requests at `dev`", "aim your PRs at the `next` branch": the active voice of "directed at".
  new RegExp(`\\b(?:direct|aim|point)\\s+(?:your\\s+|all\\s+|the\\s+|any\\s+)?(?:PRs?|pull\\s+requests?|merge\\s+requests?|patches|changes|contributions)\\s+(?:at|to|towards?)\\s+(?:the\\s+)?${NAME}(?:\\s+branch\\b|(?=[\\s.,;:)]|$))`, 'i'),
  // "When you send your PR, make sure `develop` is the destination branch" (or "the destination branch is `develop`").
  new RegExp(`\\b(?:make\\s+sure|ensure|check\\s+that)\\s+(?:that\\s+)?(?:\`${NAME}\`\\s+is\\s+(?:the\\s+|your\\s+)?(?:destination|target|base)(?:\\s+branch)?\\b|(?:the\\s+|your\\s+)?(?:destination|target|base)\\s+branch\\s+is\\s+\`${NAME}\`)`, 'i'),
  // "fixed in the development branch (`dev`)": a base role with its name in parentheses.
  new RegExp(`\\b(?:development|default|main|base|integration)\\s+branch\\s*\\(\\s*${NAME}\\s*\\)`, 'i'),
  // "the PR should target (have as base branch) the default branch (i.e. main)": the role, then its name.
  new RegExp(`\\b(?:PRs?|pull\\s+requests?|target|base)\\b[^.]{0,80}?\\b(?:default|base|main)\\s+branch\\s*\\((?:i\\.e\\.|e\\.g\\.|currently|usually|typically)?,?\\s*${NAME}\\)`, 'i'),
  // "Please make your changes against the `trunk` branch": the changes themselves sent against a named branch.
  new RegExp(`\\b(?:make|base|submit|send|prepare|create)\\s+(?:your\\s+|all\\s+|the\\s+)?changes\\s+(?:against|onto|on\\s+top\\s+of)\\s+(?:the\\s+)?(?:latest\\s+)?(?:(?:upstream|origin)\\/)?\`{0,2}${NAME}\`{0,2}(?:\\s+branch\\b|(?=[\\s,;:)]|\\.(?:\\s|$)|$))(?!\\s+(?:tag|release|version|commit)s?\\b)`, 'i'),
  // "All development happens on the `trunk` branch. Open your pull request against it": a quoted (or bold) branch, then
  // a change sent to or based on "it" or "that branch" in the same sentence or the next one or two. Not when that
  // clause is negated ("The `legacy` branch is frozen. No new work is based on it.").
  new RegExp(`(?:^|\\bthe\\s+|\\bon\\s+the\\s+)(?:\`([A-Za-z][\\w./-]{0,40}?|\\d{1,3}(?:\\.\\d{1,3}){0,2}\\.x)\`|\\*\\*([A-Za-z][\\w./-]{0,40}?)\\*\\*)\\s+branch\\b[^.]{0,120}?(?:[.;]\\s+(?:[^.]{0,100}[.;]\\s+)?|,\\s*(?:and\\s+|so\\s+)?)${NOT_NEGATED}{0,60}?\\b(?:PR(?:['\u2019]?s)?|pull\\s+requests?|merge\\s+requests?|branch(?:es)?|changes|work|patch(?:es)?)(?![\\w'\u2019])${NOT_NEGATED}{0,30}?\\b(?:(?:is|are|be)\\s+(?:based\\s+on|opened\\s+against)|against|off(?:\\s+of)?|onto|based\\s+on|target(?:ing|s)?)\\s+(?:it|that\\s+branch|this\\s+branch)\\b`, 'i'),
  // "Send them to `main` instead": after a branch turned away, the one to use.
  new RegExp(`\\b(?:send|open|submit|direct|base)\\s+(?:them|it|those|your\\s+(?:PRs?|pull\\s+requests?|changes|work))\\s+(?:to|against|on)\\s+(?:the\\s+)?\`${NAME}\`(?:\\s+branch)?\\s+instead\\b`, 'i'),
  // "`dev` – where new work lands; open PRs here", "**`main`** – Next release. Target for new features": a list of
  // branches, the one that takes new work named by its role.
  new RegExp(`^\\W{0,4}\`${NAME}\`\\W{0,3}\\s*(?:[\u2013\u2014:-]|\\bis\\b)\\s+[^\\n]{0,80}?\\b(?:open\\s+(?:your\\s+)?(?:PRs?|pull\\s+requests?)\\s+(?:here|against\\s+(?:it|this(?:\\s+branch)?))|(?:PRs?|pull\\s+requests?)\\s+go\\s+here|target\\s+(?:for|of)\\s+(?:all\\s+|new\\s+)?(?:features|PRs?|pull\\s+requests?|contributions))\\b`, 'i'),
  // "New features and ordinary fixes go to `main`": the kinds of change most pull requests are, sent to a quoted branch.
  new RegExp(`\\b(?:new\\s+)?features?\\s+(?:and|&)\\s+(?:\\w+\\s+)?(?:bug\\s*)?fix(?:es)?\\s+go\\s+(?:to|into|against)\\s+(?:the\\s+)?\`${NAME}\``, 'i'),
  // "bug fixes for 1.x go to `1.x`; everything else goes to `main`": the branch for the rest.
  new RegExp(`\\beverything\\s+else\\b[^.]{0,60}?\\bgo(?:es)?\\s+(?:to|into|against)\\s+(?:the\\s+)?\`${NAME}\``, 'i'),
  // "Pull requests against `master` will be closed without review. Use `develop`.": the branch to use after the refused one.
  // (The refusal is looked behind, so its "without review" is not read as turning the named branch away.)
  new RegExp(`(?<=\\b(?:PRs?|pull\\s+requests?)\\s+(?:against|to|targeting)\\s+(?:the\\s+)?\`[\\w./-]{1,40}\`[^.]{0,40}?\\b(?:closed|rejected|declined)\\b[^.]{0,40}[.!]\\s+)(?:please\\s+)?(?:use|target)\\s+(?:the\\s+)?\`${NAME}\``, 'i'),
  // "Make sure your changes are against the `develop` branch": the state asked of the change, with a quoted branch.
  new RegExp(`\\b(?:make\\s+sure|ensure|check)\\s+(?:that\\s+)?(?:your|all|the)\\s+(?:changes|PRs?|pull\\s+requests?|patch(?:es)?|work|commits)\\s+(?:are|is)\\s+(?:made\\s+|based\\s+)?(?:against|onto|on\\s+top\\s+of|based\\s+on)\\s+(?:the\\s+)?(?:latest\\s+)?(?:(?:upstream|origin)\\/)?\`${NAME}\`(?:\\s+branch)?`, 'i'),
  // "Active development is targeting the `main` branch", "All development happens on the `dev` branch": where the work
  // goes, with the name quoted and called a branch. (Not when the sentence goes on to another branch: "v4 development
  // takes place on the `main` branch while v3 is on the `dev-v3` branch" names one base per line of releases.)
  new RegExp(`\\b(?:development|work)\\b[^.]{0,60}?\\b(?:happens|happening|takes\\s+place|(?:is|will\\s+be)\\s+done|is\\s+targeting|targets|occurs)\\s+(?:on\\s+|in\\s+|against\\s+)?(?:the\\s+)?\`${NAME}\`\\s+branch\\b(?![^.]{0,80}\`[\\w./-]{1,40}\`\\s+branch\\b)`, 'i'),
  // "The `trunk` is the main branch and is where all current development takes place", "`develop` is our development
  // branch", "Our `unstable` branch is the integration branch": a quoted name given the role of the project's line of
  // development. After the other forms, so that a pull request's target said beside it wins ("`next` is our development
  // branch, but open pull requests against `main`"). (A default branch merely described, "`main` is our default branch
  // and it is protected", says nothing of where work goes; nor another line's, "for the website", "for version 3".)
  new RegExp(`(?:^|[.;:!]\\s+|,\\s+)(?:the\\s+|our\\s+)?\`${NAME}\`\\s+(?:branch\\s+)?is\\s+(?:our|the)\\s+(?:(?:(?:main|primary|active|current)\\s+)?(?:development|integration)\\s+branch\\b|(?:main|default|primary)\\s+branch\\s*,?\\s+(?:and\\s+)?(?:is\\s+)?where\\s+(?:all\\s+)?(?:the\\s+)?(?:current\\s+|active\\s+|new\\s+|ongoing\\s+)?(?:development|work)\\b)(?!\\s+(?:for|of)\\s+(?:the\\s+)?(?:website|site|docs?|documentation|releases?|stable|LTS|version|v?\\d|[\\w.-]+\\s+(?:series|line|release))\\b)`, 'i'),
  // "Make sure you are on the `master` branch" (before starting a change): the branch work starts from.
  new RegExp(`\\b(?:make\\s+sure|ensure|check\\s+that)\\s+you(?:['\u2019]re|\\s+are)\\s+on\\s+(?:the\\s+\`${NAME}\`\\s+branch\\b|\`${NAME}\`(?=\\s+(?:before|when|first)\\b))`, 'i'),
];
/**
 * Looser forms of the same (a bare "on", "it" or "them" for the change): they also match sentences about a side
 * branch (hotfixes, backports, the docs or website, translations), which `SIDE_SCOPE` leaves out.
 */
const LOOSE_PROSE_PATTERNS: RegExp[] = [
  // "Send a pull request on the edge branch", "Pull requests are welcome on the `master` branch": "on" a named branch
  // (only with "branch" after the name: "pull requests on GitHub" names a forge).
  // (Only where the requests are sent or welcome there: "pull requests get a preview deployed on the `gh-pages` branch".)
  new RegExp(`\\b(?:(?:PRs?|pull\\s+requests?|merge\\s+requests?)\\s+(?:are\\s+)?(?:(?:always|very)\\s+)?(?:welcome|accepted|opened|sent|submitted|made|go)|(?:send|open|submit|make|create|file)\\s+(?:a\\s+|an\\s+|your\\s+)?(?:\\[)?(?:PRs?|pull\\s+requests?|merge\\s+requests?)(?:\\]\\([^)]*\\))?)\\s+on\\s+(?:the\\s+)?(?:${NAME}\\s+branch\\b|\`${NAME}\`(?=\\s*[.,;:)]|\\s*$))`, 'i'),
  // "Add your contributions to the master branch", "Make your changes to `dev`": the change itself sent to a branch.
  new RegExp(`\\b(?:add|make|submit|send|commit)\\s+(?:your\\s+|all\\s+)?(?:contributions?|changes?|work)\\s+(?:to|into|against)\\s+(?:the\\s+)?(?:${NAME}\\s+branch\\b|\`${NAME}\`(?=[\\s.,;:)]|$))`, 'i'),
  // "Make your changes on the `master` branch": "on" only with the word "branch" after the name.
  new RegExp(`\\b(?:make|commit|do)\\s+(?:your\\s+|all\\s+)?(?:changes?|work|commits)\\s+on\\s+(?:the\\s+)?${NAME}\\s+branch\\b`, 'i'),
  // "Create them against the `main` branch", "open it against master": a pull request named just before, sent against a branch.
  new RegExp(`\\b(?:PRs?|pull\\s+requests?|merge\\s+requests?)\\b[^.]{0,60}[.!]\\s+(?:please\\s+)?(?:create|open|submit|send|make|base|file)\\s+(?:them|it|those)\\s+(?:against|to|on|off(?:\\s+of)?)\\s+(?:the\\s+)?${NAME}(?:\\s+branch\\b|(?=[\\s.,;:)]|$))`, 'i'),
  // "You can usually base it on the `main` branch": a change (it, them) based on a named branch.
  new RegExp(`\\bbase\\s+(?:it|them|this|that)\\s+(?:on|off(?:\\s+of)?|onto|against)\\s+(?:the\\s+)?(?:latest\\s+)?(?:${NAME}\\s+branch\\b|\`${NAME}\`(?=[\\s.,;:)]|$))`, 'i'),
  // (A template's box in the past, "Directed this pull request at the `dev` branch", "targeted this PR at": loose, since
  // a box may scope it to the docs, "If this only changes the docs, I directed this pull request at the `docs` branch".)
  new RegExp(`\\b(?:direct|aim|point|target)ed\\s+(?:this|my|the)\\s+(?:PR|pull\\s+request|merge\\s+request)\\s+(?:at|to|towards?|against)\\s+(?:the\\s+)?${NAME}(?:\\s+branch\\b|(?=[\\s.,;:)]|$))`, 'i'),
  // "The `main` branch is the default branch for pull requests": the branch named as the place pull requests go by default.
  // (For pull requests as such: "the target branch for changes to the website" is a side branch's.)
  new RegExp(`(?:^|\\bthe\\s+)\`?${NAME}\`?\\s+branch\\s+is\\s+the\\s+(?:default|target|base)\\s+branch\\s+for\\s+(?:all\\s+|new\\s+)?(?:PRs?|pull\\s+requests?|merge\\s+requests?)\\b(?!\\s+(?:to|for|on|in|against)\\b)`, 'i'),
];
const FIRST_LOOSE = PROSE_PATTERNS.length;
PROSE_PATTERNS.push(...LOOSE_PROSE_PATTERNS);
/** A sentence about a side branch's changes: hotfixes, backports, breaking changes, docs, the website, translations. */
const SIDE_SCOPE = /\b(?:hot-?fix(?:es)?|back-?ports?|breaking\s+changes?|documentation|docs?|website|site|translations?|\.po\b|gh-pages|LTS|security\s+fix(?:es)?)\b/i;
/** Shell lines that branch from, or rebase onto, a named upstream branch. */
const SHELL_PATTERNS: RegExp[] = [
  /\bgit\s+(?:checkout|switch)\s+(?:-b|-c|--create)\s+\S+\s+(?:(?:-t|--track)\s+)?(?:(?:upstream|origin)\/)?([\w./-]{1,40})\s*(?:#.*)?$/m,
  // `git checkout upstream/main -b my-fix`, `git checkout master -b my-feature`: the start point written before the new
  // branch's name. A local start point only where it is a development line by name: `git checkout v1.2.3 -b fix` starts
  // from a tag, `git checkout stable -b backport-1234` or `release-2.4` from a line fixes are carried to.
  /\bgit\s+(?:checkout|switch)\s+(?:(?:upstream|origin)\/([\w./-]{1,40})|(main|master|develop|development|devel|dev|trunk|next))\s+(?:-b|-c|--create)\s+\S+\s*(?:#.*)?$/m,
  // (A trailing `# comment` is the guide's note, not part of the command.)
  // (`git rebase [-i] upstream/master`: the optional flag in brackets, as a guide writes it.)
  /\bgit\s+(?:rebase\s+(?:\[?(?:-i|--interactive)\]?\s+)?|merge\s+(?:--ff-only\s+)?)(?:upstream|origin)\/([\w./-]{1,40})\s*(?:#.*)?$/m,
  // `git rebase master`: rebasing onto a local branch named like a base (LIKELY_BRANCH decides).
  /\bgit\s+rebase\s+(?:-i\s+)?([\w.-]{1,40})\s*(?:#.*)?$/m,
  /\bgit\s+(?:pull|fetch)\s+(?:--rebase\s+)?upstream\s+([\w./-]{1,40})\s*(?:#.*)?$/m,
  // `git pull --rebase origin master`: rebasing one's work onto the branch it will go to (Gerrit and mail projects
  // clone the project itself, so origin is upstream there).
  /\bgit\s+pull\s+(?:--rebase|-r)\s+origin\s+([\w./-]{1,40})\s*$/m,
  // The forges' command-line tools name the base of the pull request they open: `gh pr create --base develop`,
  // `glab mr create --target-branch main`.
  /\b(?:gh\s+pr\s+create|glab\s+mr\s+create)\b[^\n]{0,200}?\s(?:--base|-B|--target-branch|-b)[\s=]['"]?([\w./-]{1,40})/m,
  // Gerrit's review ref: `git push origin HEAD:refs/for/master` sends the change for review on that branch.
  /\brefs\/for\/([\w.-]{1,40})(?:[%\s]|$)/m,
  // Patch-by-mail: `git format-patch -M origin/master`, `git send-email ... origin/master` make the patches from there.
  /\bgit\s+(?:format-patch|send-email)\b[^\n]{0,200}?\s(?:origin|upstream)\/([\w./-]{1,40}?)(?:\.\.\S*)?\s*$/m,
];
/**
 * Words that name a branch's role, not the branch: "the default branch", "your feature branch", "the stable
 * branch", "release and development branches of the compiler". Quoted (`default`, `stable`), they are names.
 */
const ROLE_WORD = /^(default|base|current|same|target|feature|topic|working|remote|local|new|primary|upstream|stable|release|development)$/i;
// (Also the roles a sentence names branches by, "from your `base` branch to our `target` one", and a document's name,
// "rules distilled from RFC-5".)
const NOT_A_BRANCH = /^(?:the|a|an|your|their|our|this|that|it|there|here|github|fork|upstream|origin|repository|repo|project|source|issue|branch|latest|each|every|all|base|target|head|(?:RFC|PEP|JEP|KEP|GH|issue|ticket)-?\d+)$/i;

/** The branch contributors branch from and open pull requests against, when the guide names one. */
export function baseBranch(sources: Sources): Found<string> | null {
  const flows: readonly Located[][] = [[...sources.guideFlow], [...sources.templateFlow]];
  // Whether a flow named two bases by kind of change: then there is no single base to find by concepts either.
  let ambiguous = false;
  for (const flow of flows) {
    for (let k = 0; k < flow.length; k++) {
      const l = flow[k];
      const found = branchIn(l);
      if (!found) continue;
      // Two different bases in one section ("bug fixes branch from 1.2.x, features from main"): it depends on
      // the change, so there is no single answer, unless one of them is said to be for everything else.
      const other = otherBaseNearby(flow, k, found.name);
      // (A template's box that names the base is then the rule every pull request meets: the next flow decides.)
      if (other === 'ambiguous') {
        ambiguous = true;
        break;
      }
      if (other) return { value: other.name, source: sourceOf(other.at, other.at.block.line + other.lineOffset) };
      return { value: found.name, source: sourceOf(l, l.block.line + found.lineOffset) };
    }
  }
  // No wording the patterns know: the first sentence that puts a change on a branch, by its concepts.
  for (const l of ambiguous ? [] : sources.guideFlow) {
    const b = l.block;
    if (b.kind === 'code' || b.kind === 'heading' || underHeading(l, MAINTAINER_SECTION) || underHeading(l, BACKPORT_SECTION)) continue;
    // (Not a sentence about backports: "Backport pull requests must merge cleanly with the tip of the stable branch".)
    const name = BASE_WORDS.test(lowered(b)) && !BACKPORT_WORDS.test(plain(b)) ? baseByConcepts(b.text) : null;
    if (name) return { value: name, source: sourceOf(l) };
  }
  return null;
}

/** Sections for maintainers ("Release process", "For maintainers", "Publishing"): their branches are not a contributor's base. */
const MAINTAINER_SECTION = /^\W*(?:the\s+)?releas(?:e|es|ing)\b(?![\s-]+notes?)|\brelease\s+(?:process|procedure|steps|management|cycle|schedule)\b|\b(?:making|cutting|creating|doing)\s+(?:a\s+)?releases?\b|\bmaintainers?\b|\bpublish/i;

const branchIn = (l: Located): { name: string; lineOffset: number } | null => {
  if (underHeading(l, MAINTAINER_SECTION)) return null;
  const found = branchInBlock(l);
  // ("## Backporting to a release line": the release lines named there are where a fix is carried, not the base; the
  // base it was "merged into main" before that still is.)
  return found && underHeading(l, BACKPORT_SECTION) && /^(?:release|stable|hotfix|backport|maint)(?:[-_/]|$)|^v?\d/i.test(found.name) ? null : found;
};

const branchInBlock = (l: Located): { name: string; lineOffset: number } | null => {
  const b = l.block;
  if (b.kind === 'code') return fromShell(b.text);
  // "into the master branch or the stable branch": a choice between two bases names no single one.
  // The words first: the pattern backtracks at every word, and most blocks name no branch.
  if (b.kind !== 'heading' && offersTwoBases(lowered(b)) && TWO_BASES.test(plain(b))) return null;
  // ("create a pull-request to merge into `master`": the hyphenated spelling is the same words.)
  const base = BASE_WORDS.test(lowered(b)) ? fromProse(unhyphenated(plain(b)), unhyphenated(b.text), b, l.doc) : null;
  const instead = base || b.kind === 'heading' ? null : (insteadBase(b.text) ?? labelledBase(b.text));
  const said = base ?? (instead ? { name: instead, lineOffset: 0 } : null);
  if (said || b.kind === 'heading') return said;
  // A command written in a sentence: "Start a branch with `git checkout -b my-fix master`".
  for (const c of b.code) {
    const shell = c.text.includes('git') || /\b(?:gh|glab)\s/.test(c.text) ? fromShell(c.text) : null;
    if (shell) return { name: shell.name, lineOffset: c.line - b.line };
  }
  return fromPullRequestLink(b.links);
};

/**
 * A link to the forge's page for a new pull request names its base: `…/pull/new/master`, `…/compare/main...`,
 * GitLab's `merge_requests/new?merge_request[target_branch]=main`.
 */
const NEW_PR_LINK = /\/pull\/new\/([\w.-]{1,40})\/?$|\/compare\/([\w.-]{1,40})\.\.\.|target_branch(?:\]|%5D)=([\w.-]{1,40})/;

function fromPullRequestLink(links: readonly Link[]): { name: string; lineOffset: number } | null {
  for (const link of links) {
    const m = link.target.length <= 2000 ? NEW_PR_LINK.exec(link.target) : null;
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (name && LIKELY_BRANCH.test(name) && !NOT_A_BRANCH.test(name)) return { name, lineOffset: 0 };
  }
  return null;
}

// "Don't open PRs against `master`; use `develop` instead": the base offered in place of the one refused (quoted, and
// in a sentence about pull requests or branches, since "use `dev` instead" also names scripts).
const INSTEAD = new RegExp(`\\b(?:PRs?|pull\\s+requests?|merge\\s+requests?|branch(?:es)?)\\b[^.]{0,80}?[;,:\u2013\u2014-]\\s*(?:please\\s+)?(?:use|target|choose|pick)\\s+(?:the\\s+)?\`([A-Za-z][\\w./-]{0,40}?)\`(?:\\s+branch)?\\s+instead\\b`, 'i');
/** The base INSTEAD names, when it is a likely branch (the refusal before it is what makes it the base). */
function insteadBase(raw: string): string | null {
  const name = /instead/i.test(raw) ? INSTEAD.exec(raw)?.[1] : undefined;
  return name !== undefined && LIKELY_BRANCH.test(name) && !NOT_A_BRANCH.test(name) ? name : null;
}

/**
 * A line that is the role and its value, "Base branch: `develop`", "**Target branch for PRs**: `main`" (a fact sheet's
 * or a list's row): the whole block, the name quoted.
 */
const LABELLED_BASE = /^\W{0,4}(?:base|target)\s+branch(?:\s+(?:for|of)\s+(?:all\s+)?(?:PRs|pull[\s-]+requests|contributions|changes))?\W{0,3}\s*[:=\u2013\u2014]\s*\W{0,3}`([A-Za-z][\w./-]{0,40})`\W{0,3}$/i;
function labelledBase(raw: string): string | null {
  const name = raw.length <= 120 ? LABELLED_BASE.exec(raw.trim())?.[1] : undefined;
  return name !== undefined && LIKELY_BRANCH.test(name) && !NOT_A_BRANCH.test(name) ? name : null;
}

/** Words (in the lowercased block) one of which every pattern of PROSE_PATTERNS needs. */
const BASE_WORDS = /branch|changes against|everything else|instead|merged|squash|latest|current|rebas|patch|apply|pull[ -]request|merge[ -]request|accepted into|\bprs?\b|up[\s-]to[\s-]date|in sync|synced|synchronized|target|refs\/for|\bbase\b/;

/** Blocks looked at after the first named base for another one in the same section. */
const NEARBY_BLOCKS = 8;

/** A base said to be for every other change: "Otherwise, submit it against `main`", "All other PRs go to `dev`". */
const FOR_THE_REST = /^\W{0,3}(?:otherwise|else|in\s+all\s+other\s+cases|for\s+(?:all\s+|any\s+)?other|for\s+everything\s+else|all\s+other|any\s+other|everything\s+else)\b/i;

/**
 * Another base named shortly after the first in the same section: 'ambiguous' when the two are alternatives, the
 * other one when it is introduced as the rule for everything else (the first was the exception), else null.
 */
function otherBaseNearby(flow: readonly Located[], k: number, name: string): { name: string; lineOffset: number; at: Located } | 'ambiguous' | null {
  const section = flow[k].block.sections.join('\n');
  const forTheRest = (l: Located): boolean => l.block.kind !== 'code' && FOR_THE_REST.test(plain(l.block));
  for (let j = k + 1; j < flow.length && j <= k + NEARBY_BLOCKS; j++) {
    if (flow[j].doc !== flow[k].doc || flow[j].block.sections.join('\n') !== section) return null;
    const other = branchIn(flow[j]);
    if (!other || other.name.toLowerCase() === name.toLowerCase()) continue;
    // "The `develop` branch is pushed to `master` during release": a sentence naming both tells how they relate.
    if (namesWord(plain(flow[j].block), name)) continue;
    if (forTheRest(flow[k])) return null;
    return forTheRest(flow[j]) ? { ...other, at: flow[j] } : 'ambiguous';
  }
  return null;
}

const namesWord = (text: string, word: string): boolean => new RegExp(`(?<![\\w.-])${escapeRegExp(word)}(?![\\w-])`, 'i').test(text);

/** Two named bases offered as a choice: "the `master` branch or the `stable` branch", "either `main` or `next`". */
const offersTwoBases = (lower: string): boolean => lower.includes('branch') && /\bor\b/.test(lower);
const TWO_BASES = /\b(?:the\s+)?`?[\w.-]{1,40}`?\s+branch\s+or\s+(?:the\s+|a\s+)?`?[\w.-]{1,40}`?\s+branch\b|\beither\s+(?:the\s+)?`?[\w.-]{1,40}`?\s+or\s+(?:the\s+)?`?[\w.-]{1,40}`?\s+branch/i;

/** A negation inside the phrase that names the branch. */
const NEGATED = /\b(?:not|don't|never|avoid|without)\b/i;
/** A negation a word or two before the phrase: "Do not open pull requests against `master`". */
const NEGATED_JUST_BEFORE = /\b(?:not|don't|never|avoid)\s+(?:[\w-]+\s+){0,2}$/i;
/** Words of a fix carried to an older release: a branch named around them is for that, not the base of new work. */
const BACKPORT_WORDS = /\bback-?ports?\b|\bhot-?fix(?:es)?\b|\bsecurity\s+(?:fix(?:es)?|patch(?:es)?)\b|\bolder\s+releases?\b|\bLTS\b|\bCVEs?\b/i;
/** A section on carrying fixes to older lines ("Backporting", "Security fixes", "Hotfixes"). */
const BACKPORT_SECTION = /\bback-?port|\bhot-?fix|\bsecurity\s+(?:fix|patch|release)/i;
/** Names that are also ordinary words ("the main project", "the stable release", "a branch to develop online"). */
const ADJECTIVE_NAME = /^(?:main|stable|next|development|develop|dev|default|release|current|unstable|staging|integration)$/i;
/** What follows an adjective used as one: another noun, not "branch" or the end of the phrase. */
// ("rebase on top of latest main using `git rebase`", "... main from time to time": a preposition, a verb's -ing
// form or an adverb of frequency follows a name as well as "branch" does.)
const NOUN_AFTER = /^\s+(?!branch|and\b|or\b|if\b|when\b|before\b|after\b|with\b|instead\b|as\b|to\b|in\b|on\b|for\b|so\b|but\b|then\b|using\b|via\b|by\b|from\b|every\b|each\b|regularly\b|periodically\b|frequently\b|often\b|first\b|again\b|once\b|locally\b|beforehand\b)[a-z]/i;

/**
 * Every match of a pattern, not just the first: "submit a pull request from your branch to the `master` branch"
 * first matches at "from your", which names no branch.
 */
const GLOBAL_PROSE_PATTERNS = PROSE_PATTERNS.map((p) => new RegExp(p.source, `${p.flags}g`));
/** The words each of PROSE_PATTERNS needs (requiredWords), read once. */
const PROSE_NEEDS = PROSE_PATTERNS.map((p) => requiredWords(p));
const MAX_MATCHES_PER_PATTERN = 4;

// (Only where the requests go somewhere: "our pull-request bot", "merge-request pipelines" name a tool, not a base.)
const unhyphenated = (text: string): string => (text.includes('-request') ? text.replace(/\b(pull|merge)-(requests?)(?=\s+(?:to|against|into|onto|targeting|based)\b)/gi, '$1 $2') : text);

function* matchesOf(pattern: RegExp, text: string): Iterable<readonly [RegExpExecArray, string]> {
  pattern.lastIndex = 0;
  for (let n = 0; n < MAX_MATCHES_PER_PATTERN; n++) {
    const m = pattern.exec(text);
    if (!m) return;
    yield [m, text];
    pattern.lastIndex = m.index + 1;
  }
}

function fromProse(text: string, raw: string, b: Block, doc: ParsedDocument): { name: string; lineOffset: number } | null {
  for (let i = 0; i < GLOBAL_PROSE_PATTERNS.length; i++) {
    // (Text and raw text are the block's own: a pattern whose words the block lacks finds nothing in either.)
    if (!mayHoldWords(b, PROSE_NEEDS[i])) continue;
    const pattern = GLOBAL_PROSE_PATTERNS[i];
    // The plain text first; the raw text keeps backticks, which make a role word (`default`) a name.
    for (const [m, said] of [...matchesOf(pattern, text), ...matchesOf(pattern, raw)]) {
      // "on top of `upstream/main`": the remote's branch is the base.
      const raw0 = m[1] ?? m[2];
      // A name cut short at a dot or a hyphen by the lazy pattern ("use branch v2.11", "against `release-1.2`"): the
      // rest of the word is the name's.
      const end = raw0 === undefined ? -1 : m.index + m[0].lastIndexOf(raw0) + raw0.length;
      const rest = end >= 0 && /[.-]/.test(said.charAt(end)) ? /^(?:[.-][\w]+)+/.exec(said.slice(end, end + 40)) : null;
      const name = (rest ? raw0 + rest[0] : raw0)?.replace(/[.,;:]+$/, '').replace(/^(?:upstream|origin)\//i, '');
      // ("Patches go to the `for-next` branch": a quoted name called a branch is one, however it is spelled.)
      // (Only where the phrase sends a change there: "check out the `gh-pages` branch to preview the site" does not.)
      // (Or a quoted name a branch is made from: "branch from `unstable`".)
      // (Unquoted too, "rebase to the latest revision of the bleed branch", when the word is no adjective: "the
      // separate branch", "the right branch".)
      const calledBranch = name !== undefined && (m[0].includes(`\`${name}\` branch`) || (m[0].includes(`\`${name}\``) && /\bbranch(?:ing)?\s+(?:off|from)\b/i.test(m[0])) || unquotedName(name, m[0], b, doc)) && (SENDS_A_CHANGE.test(m[0]) || /\bbranch(?:ing)?\s+(?:off|from)\b/i.test(m[0]));
      if (!name || (!LIKELY_BRANCH.test(name) && !calledBranch) || NOT_A_BRANCH.test(name) || TRACKER_ID.test(name)) continue;
      // "Branch from the release-1.x branch only for backports": a branch for backports or hotfixes is no base.
      // (So is a version line, `1.x` or `2.4.x`, that "only backport PRs" or CVE fixes target.)
      if (/^(?:release|stable|hotfix|backport|maint)[-_/]|^v?\d|^(?:stable|maint|maintenance)$/i.test(name) && BACKPORT_WORDS.test(said.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120))) continue;
      // "PRs targeting `master` will be closed": the branch named as where not to go.
      if (REFUSED_AFTER.test(said.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      // "Send patches to dev@lists.example.org": a mailing list, not a branch.
      if (said.charAt(m.index + m[0].length) === '@') continue;
      const quoted = m[0].includes(`\`${name}`);
      if (ROLE_WORD.test(name) && !quoted) continue;
      // "do not commit to `main` in your fork", "never open PRs against master": where not to go is no base.
      if (NEGATED.test(m[0]) || NEGATED_JUST_BEFORE.test(clauseBefore(said, m.index))) continue;
      // "off the main project development branch": an unquoted adjective before another noun is no name.
      if (!quoted && ADJECTIVE_NAME.test(name) && !/branch$/i.test(m[0]) && NOUN_AFTER.test(said.slice(m.index + m[0].length))) continue;
      // "v2 related PRs against the `v2` branch", "1.x fixes go to 1.x": a base for the changes it names, not for all.
      // ("to the main repository's `main` branch": the repository's adjective is not the name said before.)
      // (The name where it stands as a word: in "`develop` is our development branch" the last "develop" is inside a word.)
      if (new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test((clauseBefore(said, m.index) + m[0].slice(0, lastWordAt(m[0], name))).replace(ROLE_ADJECTIVES, ''))) continue;
      // "Development is done in `develop` with merges to `main` once stable": merges as a noun are the maintainers' promotion.
      if (/\bmerges\s+(?:in)?to\s/i.test(m[0])) continue;
      // "To run the benchmarks of your branch against master": a measurement compared with a branch, not a base.
      if (MEASURED.test(clauseBefore(said, m.index) + m[0])) continue;
      // "Documentation pull requests are welcome. Open them against `gh-pages`": a loose form about a side branch.
      if (i >= FIRST_LOOSE && SIDE_SCOPE.test(said.slice(sentenceStart(said, m.index), m.index + m[0].length))) continue;
      return { name, lineOffset: 0 };
    }
  }
  return null;
}

/** Words before "branch" that say which kind of branch, not its name. */
const BRANCH_ADJECTIVE = /^(?:separate|right|correct|wrong|appropriate|relevant|proper|specific|particular|own|other|different|single|clean|fresh|personal|private|public|protected|long-lived|short-lived|temporary|dedicated|corresponding|respective|matching|existing|old|older|newer|previous|original|active|maintenance|fix|fixes|bugfix|bugfixes|bug|bugs|hotfix|hotfixes|topic|feature|features|internal|ci|automation|integration-test|working|work|local|remote|forked|fork|git|github|pr|patch|new|same|current|latest|default|base|target|upstream|main|stable|release|development|production|experimental|unstable|documentation|docs|website|gh-pages|pages|side|parent|child|source|destination|given|named|that|this|the|your|our|their|its|a|an|one|another|each|every|any|some|which|whichever)$/i;

/**
 * An unquoted word called a branch ("the bleed branch"), not an adjective, and not in a section or sentence on the docs,
 * when the document shows a branch of that name elsewhere: a link into it (`/blob/bleed/...`, `/tree/bleed`) or a git
 * line naming it (`upstream/bleed`). A word alone before "branch" is as often a description ("the maintained branch").
 */
function unquotedName(name: string, phrase: string, b: Block, doc: ParsedDocument): boolean {
  if (!phrase.endsWith(`${name} branch`) || !/^[a-z][a-z-]{2,20}$/.test(name) || BRANCH_ADJECTIVE.test(name)) return false;
  return !SIDE_SCOPE.test(phrase) && !SIDE_SCOPE.test(b.sections[b.sections.length - 1] ?? '') && branchesShown(doc).has(name.toLowerCase());
}

const shownCache = new WeakMap<ParsedDocument, Set<string>>();
/** A link into a branch (`/blob/bleed/...`, `/tree/bleed`) or a remote's branch (`upstream/bleed`). */
const SHOWN_BRANCH = /\/(?:blob|tree)\/([\w.-]{1,40})(?:\/|$)|\b(?:origin|upstream)\/([\w.-]{1,40})/g;
/** The branch names a document shows in links into a branch and in git lines (`origin/x`, `upstream/x`). */
function branchesShown(doc: ParsedDocument): Set<string> {
  let names = shownCache.get(doc);
  if (names) return names;
  names = new Set<string>();
  for (const block of doc.blocks) {
    const texts = block.kind === 'code' ? [block.text] : block.kind === 'heading' ? [] : [...block.links.map((link) => link.target), ...block.code.map((c) => c.text)];
    for (const text of texts) {
      if (text.length > 2000) continue;
      for (const m of text.matchAll(SHOWN_BRANCH)) names.add((m[1] ?? m[2]).toLowerCase());
    }
  }
  shownCache.set(doc, names);
  return names;
}

/**
 * Where a base's name is also an adjective of a role before it ("the main repository's `main` branch", "The main
 * development branch of the repository is `main`"): that word is not the name said before the match.
 */
const ROLE_ADJECTIVES = /\b(?:main|upstream)\s+(?:repository|repo|project)['\u2019]s\b|\b(?:main|primary|default)\s+(?:development\s+)?branch\b/gi;

/** Words of a change sent somewhere or based on something: pull requests, patches, a base, a rebase, a target. */
const SENDS_A_CHANGE = /\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?|patch(?:es)?|based?|rebas\w*|target\w*|submit\w*)\b/i;

/** Words of measuring one build against another: benchmarks and performance runs are compared with a branch, not based on it. */
const MEASURED = /\bbenchmark|\bperformance\b|\bprofil(?:e|ing)\b|\bmeasur/i;

const TRACKS_SAME_NAME = /\bgit\s+(?:checkout|switch)\s+(?:-b|-c|--create)\s+([\w./-]{1,40})\s+(?:(?:-t|--track)\s+)?(?:upstream|origin)\/\1\s*(?:#.*)?$/;
/** Switching to an existing branch: `git checkout main`, `git switch main` (no -b, no file paths). */
const SWITCH_TO = /\bgit\s+(?:checkout|switch)\s+(?:(?:upstream|origin)\/)?([\w.-]{1,40})\s*(?:#.*)?$/;
/** Creating a new branch from where one stands: `git checkout -b x`, `git switch -c x`, `git branch x`. */
const NEW_BRANCH = /\bgit\s+(?:(?:checkout|switch)\s+(?:-b|-c|--create)|branch)\s+\S+\s*(?:#.*)?$/;

function fromShell(code: string): { name: string; lineOffset: number } | null {
  const lines = code.split('\n');
  // `git checkout main` then `git checkout -b my-fix`: the new branch starts from the one switched to.
  let switched: { name: string; lineOffset: number } | null = null;
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].includes('git') && !/\b(?:gh|glab)\s/.test(lines[k])) continue;
    const to = SWITCH_TO.exec(lines[k]);
    if (to && LIKELY_BRANCH.test(to[1]) && !/^(upstream|origin|head)$/i.test(to[1])) switched = { name: to[1], lineOffset: k };
    else if (switched && NEW_BRANCH.test(lines[k])) return switched;
    // `git checkout -b next origin/next`: a new branch named as its start only tracks that branch (to try it), no
    // topic branch is made from it.
    if (TRACKS_SAME_NAME.test(lines[k])) continue;
    for (const pattern of SHELL_PATTERNS) {
      const m = pattern.exec(lines[k]);
      const name = m?.[1] ?? m?.[2];
      if (name !== undefined && LIKELY_BRANCH.test(name) && !/^(upstream|origin|head)$/i.test(name)) return { name, lineOffset: k };
    }
  }
  return null;
}
