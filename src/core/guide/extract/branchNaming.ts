import { Found } from '../facts';
import { Located, Sources, sourceOf } from '../sources';
import { mentions } from './text';
import { BRANCH_KINDS, suggestedBranchForm } from './factsBranchCommands';

/**
 * A branch naming rule, only when the guide states one: a sentence about branches that speaks of naming
 * and quotes a pattern with a placeholder (`<issue>-<slug>`, `fix/{id}`, `feature/*`). An example name such
 * as `my-fix-branch` is not a pattern. The value is the pattern as written.
 */
/** ABOUT_BRANCHES needs this word. */
const BRANCH_WORDS = ['branch', 'topic'];
// "e.g." and "i.e." end no sentence: the example after them belongs to it.
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e)\.)\s+(?=[A-Z`])/;
/** Branches, or topics as patch-by-mail projects call them ("If suggesting a topic name, ..."). */
const ABOUT_BRANCHES = /\bbranch(es)?\b|\btopic[\s-](?:names?|branch(?:es)?)\b/i;
const NAMING = /\b(name[sd]?|naming|call(ed)?|prefix(ed)?|pattern|format|convention)\b/i;
/** A pattern quoted as code, or in double quotes as plain-text guides write it, or written bare after "in the form". */
const QUOTED = /`([^`\n]{2,80})`|["\u201c]([^"\u201d\n]{2,80})["\u201d]|(?<=\b(?:form|format|pattern)\s{1,3}(?:of\s{1,3})?)((?:[\w<>{}-]+\/)+[\w<>{}*-]+)/g;
// (A shell variable is a placeholder too, `pr/$name`; and the words after a kind's slash may hold an issue number,
// `fix/123-short-name`.)
// (`feat-*`, `fix-XXX`: a kind's prefix and a wildcard or filler for the rest.)
const PLACEHOLDER = /<[^<>]{1,40}>|\{[^{}]{1,40}\}|[/_-]\*$|[/_-](?:x{3,}|X{3,}|N{3,})$|\$\{?[A-Za-z_]\w{0,30}\}?|^[a-z]+\/[\w-]*(issue|number|desc|name|topic|slug|feature|fix)/i;

/** A branch kind's prefix quoted alone (`feature/`, `bugfix/`). */
const KIND_PREFIX = /^[a-z][\w-]{1,20}\/$/i;
/** A kind of change, a slash, then a placeholder: `feature/<name>`, `fix/{issue}-{slug}`, `feature/[short-name]`. */
const KIND_AND_PLACEHOLDER = /^(?:feat|feature|features|fix|fixes|bugfix|bug|hotfix|docs?|chore|refactor|topic)\/(?:<[^<>]{1,40}>|\{[^{}]{1,40}\}|\[[^[\]]{1,40}\])/i;
/** The kinds a name starts with, as alternatives: `(feature|bugfix|hotfix)/what-my-pr-does`. */
const KINDS_ALTERNATIVE = /^[([]?(?:feat|feature|fix|bugfix|hotfix|docs?|chore|refactor)(?:\s*\|\s*[a-z]+){1,8}[)\]]?\/\S+$/i;
/** A heading on naming branches. */
const NAMING_HEADING = /\bbranch(?:es)?\s+(?:names?|naming)\b|\bnam(?:e|es|ing)\s+(?:(?:of\s+)?(?:your\s+|the\s+)?)branch(?:es)?\b/i;
/** A sentence that has the reader make or name the branch ("Create a feature branch, e.g. ...", "a branch named like ..."). */
const CREATES_A_BRANCH = /\b(?:create|name|call|make|start|check\s+out|open|use)\s+(?:a|an|your|the)?\s*(?:new\s+)?(?:[\w-]+\s+)?branch(?:es)?\b|\bbranch(?:es)?\s+(?:named|called)\b/i;
/** A rule asked of the contributor, and one waived ("You don't have to prefix your branch"). */
const ASKED = /\b(?:must|should|please|need\s+to|have\s+to|are\s+expected\s+to|required|always)\b/i;
const DENIED = /\b(?:don't|do\s+not|doesn't|does\s+not|no\s+need|needn't|not\s+(?:required|necessary|needed))\b/i;
/** Names that open with a prefix: "names must start with", "prefix the branch with", "branches are prefixed". */
const STARTS_WITH = /\bnames?\b[^.]{0,30}\b(?:start|begin)s?\s+with\b|\bprefix(?:ed)?\b/i;

/** Words that make a sentence a rule rather than a description of what a tool does with names. */
const PRESCRIPTIVE = /^\W*(?:create|name|call|prefix|start|make|check\s+out|push|work|open)\b|\b(?:should|must|please|use|consider\s+using|follow|name\s+(?:your|the|it|them)|call\s+it|prefix\s+(?:your|the)|start\s+with|are\s+expected|we\s+(?:use|ask|prefer|recommend)|recommended|required|convention)\b/i;
/**
 * A naming style for branches said in words: "Use lowercase-with-dashes for naming" (as the item after "Check out
 * a new branch for every change"), "Use kebab-case for branch names".
 */
const NAMING_STYLE = /\buse\s+`?((?:lower|upper|kebab|snake|camel)[\w-]{0,30}|[a-z]+(?:-[a-z]+){2,5})`?\s+(?:for\s+(?:(?:the|your)\s+)?(?:branch\s+)?nam(?:ing|es?)|when\s+naming)\b/i;

export function branchNaming(sources: Sources): Found<string> | null {
  const flow = sources.guideFlow;
  // A rule said only in words ("a branch named after the changes you'll make"), kept until no pattern is found.
  let described: Found<string> | null = null;
  for (let k = 0; k < flow.length; k++) {
    const l = flow[k];
    if (l.block.kind === 'heading' || l.block.commented) continue;
    // The command that creates the branch (a code block's words are not in `mentions`, which reads prose), with a name in the form to follow (`git checkout -b fix/<issue>-<slug>`).
    const suggested = (l.block.kind === 'code' ? /checkout|switch|branch/.test(l.block.text) : mentions(l.block, CREATE_WORDS)) ? suggestedBranchForm(l.block) : null;
    // (Not a release branch made for a backport: "Create a new release branch `git checkout -b release-1.2-<you>`".)
    // (Nor a maintainer's recipe for reviewing others' branches, "## Reviewing pull requests".)
    if (suggested && (l.block.kind === 'code' ? !REVIEWING.test(l.block.sections[l.block.sections.length - 1] ?? '') : !NOT_THE_CONTRIBUTORS.test(l.block.text))) return { value: suggested, source: sourceOf(l) };
    if (l.block.kind === 'code') continue;
    const style = mentions(l.block, STYLE_WORDS) ? NAMING_STYLE.exec(l.block.text) : null;
    if (style && (ABOUT_BRANCHES.test(l.block.text) || previousItemAboutBranches(flow, k))) return { value: style[1], source: sourceOf(l) };
    const kinds = kindsListed(flow, k);
    if (kinds) return { value: kinds, source: sourceOf(l) };
    // A section titled for branch names ("Branch Naming", "Is there a recommendation for branch names?") is about
    // branches throughout: its sentences need not say "branch" again.
    // (Not a heading that is also on tags or releases: "Branch names and tags" gives the tags' form too.)
    const nearest = l.block.sections[l.block.sections.length - 1] ?? '';
    const headed = NAMING_HEADING.test(nearest) && !/\btags?\b|\breleases?\b|\bversions?\b/i.test(nearest);
    // ("We used to ask for `(feature|bugfix)/name`; this is no longer required": a scheme dropped.)
    if (headed && !DENIED.test(l.block.text) && !/\bno\s+longer\b|\bused\s+to\b/i.test(l.block.text)) {
      const shown = [...l.block.text.matchAll(QUOTED)].map((q) => q[1] ?? q[2] ?? q[3]).find((q) => q !== undefined && (KIND_AND_PLACEHOLDER.test(q.trim()) || KINDS_ALTERNATIVE.test(q.trim())));
      if (shown) return { value: shown.trim(), source: sourceOf(l) };
    }
    if (!headed && !mentions(l.block, BRANCH_WORDS)) continue;
    const listed = namesListedAfter(flow, k);
    if (listed) return { value: listed, source: sourceOf(l) };
    const aboutBranches = headed || ABOUT_BRANCHES.test(l.block.text);
    for (const sentence of l.block.text.split(SENTENCE_END)) {
      const prose = sentence.replace(QUOTED, ' ');
      // The block speaks of branches; this sentence gives names by kind of change, or names them after the issue.
      if (aboutBranches && !NOT_THE_CONTRIBUTORS.test(prose)) {
        const byKind = namesByKind(sentence, prose);
        if (byKind) return { value: byKind, source: sourceOf(l) };
        // "Branch names must start with `feature/`, `bugfix/` or `hotfix/`": the prefixes, quoted bare, are the scheme.
        const prefixes = [...sentence.matchAll(QUOTED)].map((q) => q[1] ?? q[2]).filter((q): q is string => q !== undefined && KIND_PREFIX.test(q));
        if (prefixes.length > 0 && STARTS_WITH.test(prose) && ASKED.test(prose) && !DENIED.test(prose)) return { value: prefixes.map((p) => `${p}<name>`).join(', '), source: sourceOf(l) };
        if (BY_ISSUE.test(prose) && (PRESCRIPTIVE.test(prose) || ADVISED.test(prose)) && !DENIED.test(prose)) {
          // The example name, where the sentence gives one, is the form to follow; else the rule in its own words.
          // (The branch to start from, quoted in the same sentence, `master`, is no example of a name.)
          const example = [...sentence.matchAll(QUOTED)].map((q) => q[1] ?? q[2] ?? q[3]).find((q) => q !== undefined && !/\s/.test(q) && !LONG_LIVED.test(q));
          return { value: example ?? sentence.trim(), source: sourceOf(l) };
        }
      }
      // (Release and maintainers' branches, `release-X.Y` "where X.Y is the version number", are not the contributor's.)
      const defined = aboutBranches && !NOT_THE_CONTRIBUTORS.test(prose) ? definedPlaceholderName(sentence) : null;
      if (defined) return { value: defined, source: sourceOf(l) };
      if (!described && aboutBranches && ABOUT_BRANCHES.test(prose) && NAME_QUALITY.test(prose) && !FROM_NAMED_BRANCH.test(prose) && (PRESCRIPTIVE.test(prose) || ADVISED.test(prose)) && !NOT_THE_CONTRIBUTORS.test(prose)) {
        described = { value: sentence.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '').slice(0, MAX_DESCRIBED), source: sourceOf(l) };
      }
      // "Create a feature branch, e.g. `feature/<YourFeature>`": a kind and a placeholder is the form, however it is asked.
      if (aboutBranches && CREATES_A_BRANCH.test(prose) && !NOT_THE_CONTRIBUTORS.test(prose)) {
        const form = [...sentence.matchAll(QUOTED)].map((q) => q[1] ?? q[2] ?? q[3]).find((q) => q !== undefined && KIND_AND_PLACEHOLDER.test(q));
        if (form) return { value: form, source: sourceOf(l) };
      }
      if (!(headed || ABOUT_BRANCHES.test(prose)) || !NAMING.test(prose) || !PRESCRIPTIVE.test(prose) || NOT_THE_CONTRIBUTORS.test(prose)) continue;
      for (const match of sentence.matchAll(QUOTED)) {
        const pattern = match[1] ?? match[2] ?? match[3];
        // (A whole command quoted, `git checkout -b ...`, was read above as the command that creates the branch.)
        if (PLACEHOLDER.test(pattern) && !/^git\s/.test(pattern)) return { value: pattern, source: sourceOf(l) };
      }
    }
  }
  return described;
}

/**
 * A branch's name asked for by what it says rather than by a pattern: "a branch named after whatever changes you'll
 * be making", "a topical branch, whose name is succinct but explains what you do", "a branch with a descriptive name
 * that also includes the issue number", "give your branches names that are unique to you". The sentence is the rule.
 * A name only called good ("a descriptive name", "a sensible name such as ...") says what to aim for, not what the
 * name holds: no scheme.
 */
const NAME_QUALITY = /\bbranch(?:es)?\b(?:\s*,)?(?:\s+(?!from\b)[\w']+){0,4}\s*,?(?:\s+(?:ideally|preferably|usually|always|best|perhaps))?\s+named\s+(?:after|for)\b|\bwhose\s+names?\b|\bnames?\s+(?:that|which)\s+(?:(?:also\s+)?(?:include|includes|contain|contains|describe|describes|explain|explains|say|says|mention|mentions)|(?:are|is)\s+unique)\b|\btopical\s+branch\b/i;
/** "from the maintenance branch named after the minor version": the branch to start from, which is no naming rule. */
// (With a comma, "a feature branch from the main branch, named after the issue", the name is the new branch's.)
const FROM_NAMED_BRANCH = /\bfrom\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}branch(?:es)?\s+named\b/i;
/** How much of such a sentence the fact keeps. */
const MAX_DESCRIBED = 160;

/** Words (lowercase) one of which a branch-creating command needs. */
const CREATE_WORDS = ['checkout', 'switch', 'git branch'];
/** Words (lowercase) one of which NAMING_STYLE needs. */
const STYLE_WORDS = ['naming', 'name'];

/** Whether the item before this one, in the same list, is about branches ("Check out a new branch for every change"). */
function previousItemAboutBranches(flow: readonly Located[], k: number): boolean {
  const here = flow[k].block;
  const prev = flow[k - 1]?.block;
  return here.kind === 'listItem' && prev?.kind === 'listItem' && prev.listId === here.listId && ABOUT_BRANCHES.test(prev.text);
}

/** A lead-in that announces branch names: "please follow the following naming scheme when pushing your branch(es):". */
const NAMES_LEAD_IN = /\b(?:nam(?:e|es|ing)\s+(?:scheme|convention|pattern|format|rules?)|branch(?:es)?\s+(?:names?|naming))\b[^.]{0,80}:\s*$/i;
/** A heading over what maintainers do: reviewing pull requests, releasing, backporting. */
const REVIEWING = /\breview(?:ing|ers?)?\b|\bmaintainers?\b|\breleas(?:e|es|ing)\b|\bback-?port/i;
/** A lead-in about the maintainers' or release branches. */
const NOT_THE_CONTRIBUTORS = /\bmaintainers?\b|\breleas(?:e|es|ing)\b|\bhotfix/i;
/** A list item that opens with an example name: `feat/foo-bar` for new features, `fix-123` for a bug. */
const NAME_ITEM = /^`([\w<>{}.-]+[/-][\w<>{}.*-]+)`/;
/** Items read after the lead-in. */
const MAX_NAME_ITEMS = 20;

/**
 * The names a list shows right after a lead-in that announces a branch naming scheme, joined as written
 * (`feat/foo-bar, fix/foo-bar`): the list is the rule. Two or more items each opening with a name are needed.
 */
function namesListedAfter(flow: readonly Located[], k: number): string | null {
  const lead = flow[k].block;
  if ((lead.kind !== 'paragraph' && lead.kind !== 'listItem') || !ABOUT_BRANCHES.test(lead.text) || !NAMES_LEAD_IN.test(lead.text)) return null;
  // "The repository uses the following branch names", "Maintainers follow this convention for release branches":
  // the project's own branches, not a rule for the contributor's.
  if (!PRESCRIPTIVE.test(lead.text) || NOT_THE_CONTRIBUTORS.test(lead.text)) return null;
  const names: string[] = [];
  let listId: number | undefined;
  for (let j = k + 1; j < flow.length && j <= k + MAX_NAME_ITEMS; j++) {
    const b = flow[j].block;
    if (flow[j].doc !== flow[k].doc || b.kind !== 'listItem' || (listId !== undefined && b.listId !== listId)) break;
    listId = b.listId;
    const m = NAME_ITEM.exec(b.text.trim());
    if (!m) break;
    names.push(m[1]);
  }
  return names.length >= 2 ? names.join(', ') : null;
}

/** The kinds of change a branch name starts with: `feature/...`, `fix/...`, `docs/...` (not `release/` or `main`). */
const CHANGE_KIND = /^(?:feat|feature|features|fix|fixes|bugfix|bug|hotfix|docs?|chore|refactor|test|tests|perf|enhancement|improvement|ci|build|style)[/-]\w/i;
/**
 * Two or more names of different kinds in a sentence that calls them a naming convention or scheme: "The following
 * naming convention can be used: `feature/my-feature` for features, `fix/my-fix` for bug fixes". One example name
 * (`git checkout -b feature/x`) is only an example; two kinds set side by side are the scheme.
 */
function namesByKind(sentence: string, prose: string): string | null {
  if (!NAMING.test(prose)) return null;
  const names: string[] = [];
  const kinds = new Set<string>();
  for (const match of sentence.matchAll(QUOTED)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    const kind = CHANGE_KIND.exec(name);
    if (!kind || /\s/.test(name)) continue;
    names.push(name);
    kinds.add(name.split(/[/-]/)[0].toLowerCase());
  }
  return kinds.size >= 2 ? names.join(', ') : null;
}

/** The names of long-lived branches. */
const LONG_LIVED = /^(?:master|main|develop|development|devel|dev|trunk|next|stable|default)$/i;

/** Advice said softly: "a good name is", "can be", "should include". */
const ADVISED = /\bgood\b|\b(?:can|could|may)\s+be\b|\binclud(?:e|es|ing)\b|\bcontain(?:s|ing)?\b/i;

/**
 * A branch named after its issue: "A good branch name is the ticket ID plus a keyword", "branch names should include
 * the issue number", "name your branch after the issue". The rule is said in words, so the sentence is the value.
 */
// ("Include the issue number in the branch name", "name it after the issue you are addressing", "prefixed by the
// related ticket id", "use the issue ID as the branch name", "naming the branch to match the issue being addressed",
// "a branch named with the issue number and a brief description", "a fix/feature branch referencing the issue number".)
const BY_ISSUE =
  /\bbranch(?:es)?\s+names?\b[^.]{0,60}?\b(?:issue|ticket|bug|JIRA)\s*(?:ids?|numbers?|keys?|#)(?=\W|$)|\bname\s+(?:your|the|each|it|them)\s+(?:(?:\w+\s+)?branch(?:es)?\s+)?after\s+(?:the|its|your)\s+(?:\w+\s+)?(?:issue|ticket|bug)\b|\b(?:issue|ticket|bug|JIRA)\s*(?:ids?|numbers?|keys?)\s+(?:in|as)\s+(?:the\s+|your\s+)?branch(?:['\u2019]s)?\s+names?\b|\b(?:prefixed|start(?:s|ing)?|begin(?:s|ning)?)\s+(?:by|with)\s+(?:the\s+)?(?:related\s+|relevant\s+|corresponding\s+)?(?:issue|ticket|bug|JIRA)\s*(?:ids?|numbers?|keys?)\b|\bnam(?:e|es|ing)\s+(?:your|the|each|it|them)\s+(?:(?:\w+\s+)?branch(?:es)?\s+)?to\s+match\s+(?:the|its|your)\s+(?:\w+\s+)?(?:issue|ticket|bug)\b|\bbranch(?:es)?\s+(?:named\s+with|referencing|referring\s+to)\s+(?:the\s+|its\s+|an?\s+)?(?:related\s+|relevant\s+|corresponding\s+|GitHub\s+|JIRA\s+)?(?:issue|ticket|bug)\s*(?:ids?|numbers?|keys?|codes?)\b/i;

/**
 * "Create a topic branch using the pattern `issue-XYZ`, where `XYZ` is the issue number": a placeholder written in
 * capitals or any word, defined by a "where X is the ..." clause, makes the quoted name a pattern. (The clause is
 * English's usual way to define a placeholder; it must define part of the name, and the name must be one word.)
 */
const DEFINES_PLACEHOLDER = /\bwhere\s+[`"\u201c]{0,2}([A-Za-z][\w-]{0,20})[`"\u201d]{0,2}\s+(?:is|are|stands\s+for|means)\s+(?:the|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:number|id|key|name|description|summary|slug|title)\b/i;
/** The sentence opens with, or says, an ask: "Create a branch ...", "Name your branch ...", "please use ...". */
const ASKS_FOR_A_NAME = /^\W*(?:\S+\[)?(?:create|name|call|make|start|check\s+out|open|push)\b|\b(?:should|must|please|use|using|follow)\b|,\s+(?:name|call)\s+it\b/i;

function definedPlaceholderName(sentence: string): string | null {
  const defined = DEFINES_PLACEHOLDER.exec(sentence);
  if (!defined || !NAMING.test(sentence.slice(0, defined.index)) || !ASKS_FOR_A_NAME.test(sentence)) return null;
  const placeholder = defined[1];
  for (const match of sentence.slice(0, defined.index).matchAll(QUOTED)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (name.length > placeholder.length && !/\s/.test(name) && name.includes(placeholder)) return name;
  }
  // Unquoted, as plain-text guides write it: "If it's a bugfix branch, name it XXX-something where XXX is the number".
  // (Only where "it" is the branch: "If it's a bugfix branch, name it ..." — not a test, a tag or a file named so.)
  const bare = NAMED_BARE.exec(sentence.slice(0, defined.index));
  const clause = bare ? sentence.slice(Math.max(0, bare.index - 60), bare.index) : '';
  if (bare && bare[1].length > placeholder.length && bare[1].includes(placeholder) && /\bbranch(?:es)?\b/i.test(clause + bare[0]) && !/\b(?:tests?|tags?|files?|releases?|versions?|functions?|methods?|class(?:es)?|modules?|fixtures?)\b/i.test(clause.replace(/\b(?:bug\s*fix|feature|topic)\s+branch\b/gi, ''))) return bare[1];
  return null;
}

/** The name written bare after "name it" / "name your branch" / "call it". */
const NAMED_BARE = /\b(?:name|call)\s+(?:it|them|(?:your|the)\s+(?:[\w-]+\s+)?branch(?:es)?)\s+([\w#<>{}-]*[\w>}])(?=[\s,;:]|$)/i;


/**
 * A list whose items each open with a kind of change and a slash, alone or with a placeholder, one kind per item:
 * "We recommend prefixing your branch with" / "- `feature/` for new functionality" / "- `fix/` for a bug fix", or under
 * a heading on the branch strategy "* **feature/**[name] – points to a branch with a new feature". Two kinds or more,
 * in a list about branches (its lead-in or its items say "branch"), are the scheme. Read at the list's first item.
 */
function kindsListed(flow: readonly Located[], k: number): string | null {
  const first = flow[k].block;
  if (first.kind !== 'listItem') return null;
  const prev = flow[k - 1];
  if (prev?.block.kind === 'listItem' && prev.block.listId === first.listId) return null;
  const names: string[] = [];
  let withPlaceholders = true;
  const lead = prev !== undefined && prev.doc === flow[k].doc && prev.block.kind !== 'code' ? prev.block.text : '';
  let aboutBranches = ABOUT_BRANCHES.test(lead) && !NOT_THE_CONTRIBUTORS.test(lead);
  // The lead-in or the heading speaks of naming ("prefixing your branch", "Branch naming"), or every kind comes with a
  // placeholder (`feature/[name]`): folders (`docs/`, `tests/`) or labels listed after a sentence on a branch are no scheme.
  const namingSaid = NAMING.test(lead) || /\bprefix(?:ing|ed|es)?\b|\bstrateg(?:y|ies)\b|\bscheme\b/i.test(lead) || NAMING_HEADING.test(first.sections[first.sections.length - 1] ?? '');
  for (let j = k; j < flow.length && j < k + MAX_NAME_ITEMS; j++) {
    const b = flow[j].block;
    if (flow[j].doc !== flow[k].doc || b.kind !== 'listItem' || b.listId !== first.listId) break;
    aboutBranches ||= ABOUT_BRANCHES.test(b.text);
    // (Other items may name the long-lived branches, "**develop** – the next release".)
    const m = KIND_ITEM.exec(b.text);
    if (m && (m[1] !== undefined || m[2] !== undefined || m[4] !== undefined)) {
      names.push(`${m[3]}/${m[4] ?? '<name>'}`);
      withPlaceholders &&= m[4] !== undefined;
    }
  }
  return aboutBranches && (namingSaid || withPlaceholders) && new Set(names.map((n) => n.split('/')[0].toLowerCase())).size >= 2 ? names.join(', ') : null;
}

/**
 * An item opening with a kind, quoted as code (`` `feature/` ``) or in bold (`**fix/**[name]`), then maybe a
 * placeholder. Groups: 1 the code quote, 2 the bold, 3 the kind, 4 the placeholder.
 */
// (RST quotes with two backticks, ``feature/``; a placeholder may sit inside the quote, `feature/<name>`.)
const KIND_ITEM = new RegExp(`^(?:(\`{1,2})|(\\*\\*|__))?(${BRANCH_KINDS})\\/(?:\`{1,2}|\\*\\*|__)?\\s*(\\[[^[\\]\\n]{1,40}\\]|<[^<>\\n]{1,40}>|\\{[^{}\\n]{1,40}\\})?(?:\`{1,2}|\\*\\*|__)?(?=[\\s,.;:\\u2013\\u2014-]|$)`, 'i');
