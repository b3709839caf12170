/**
 * Whether the main clause of a sentence asks the reader to do something, read from its grammatical shape rather than
 * from who is named: an order ("run the tests", "please make sure ..."), the reader under an obligation ("you should
 * make sure ...", "you will need to ..."), or a subject held to one ("your code must pass the linter", "all tests
 * have to pass", "it is important to run ..."). A clause whose subject merely acts or is acted on ("a maintainer runs
 * the tests", "our pre-commit hooks run `eslint`", "the tests are run automatically by CI", "GitHub Actions builds
 * every PR") describes how the project works: it asks nothing, whatever names the doer (people, bots, tools), which a
 * list of doers could never cover on guides not yet seen.
 */

/** Words that lead into the order without changing it ("please", "always", "first,", "then"). */
const FILLER = /^(?:(?:please|kindly|always|also|first(?:ly)?|then|just|,)\s*)+/i;

/** "Note that ...", "Keep in mind that ...", "note:": what follows is a statement, judged by its own shape. */
const STATEMENT_FOLLOWS = /^(?:note|know|remember|be\s+aware|keep\s+in\s+mind|bear\s+in\s+mind|mind)(?:\s+that\s+|\s*:\s*)/i;

/**
 * A first word followed by a form of "be" or an auxiliary ("tests are run in CI", "builds get checked", "docs will be
 * rebuilt"): that word is the subject, however bare; an order never has "are" or "will" as its second word.
 */
const BARE_SUBJECT = /^\S+\s+(?:is|are|was|were|will|would|can|gets?|has\s+been|have\s+been|has\s+to|have\s+to|must|should|need\s+to)\b/i;

/**
 * Words that open a subject, not an order: determiners and pronouns ("the tests are run ...", "our hooks run ...",
 * "a bot checks ...", "there is ...", "it runs ..."), and plural agent nouns standing alone ("contributors ran ...",
 * "maintainers run ...", "developers should ..."): an order opens with its verb in the base form, which does not end
 * in "-ers"/"-ors".
 */
const SUBJECT_START =
  /^(?:the|a|an|our|your|their|its|his|her|this|that|these|those|every|each|all|any|some|no|both|most|there|it|it's|we|they|he|she|one|someone|somebody|nobody|everything|nothing|people|folks|everyone|everybody|users|[a-z]+(?:ers|ors))\b/i;

/** "you", the reader as the subject: asked only under an obligation. */
const READER = /^you\b/i;

/**
 * An obligation in the clause: a modal of necessity ("must", "should", "needs to", "has to", "is required to",
 * "will need to") or "it is important/necessary/a good idea to ...".
 */
const OBLIGATION =
  /\b(?:must|should|shall|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are|'re)\s+(?:required|expected|asked)\s+to|(?:is|are)\s+required|(?:'ll|will)\s+(?:also\s+)?(?:need|want|have)\s+to)\b|\bit(?:'s|\s+is)\s+(?:\w+\s+)?(?:a\s+good\s+idea|recommended|important|essential|necessary|required|mandatory|expected|best|advisable)\b/i;

/** An obligation denied: "you don't need to", "there is no need to", "it is not required", "nothing to do". */
const NO_OBLIGATION =
  /\b(?:(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:need|have)\s+to|need(?:n['’]?t|\s+not)\b|no\s+need\b|not\s+(?:required|necessary|needed|mandatory|expected)\b|nothing\s+(?:to\s+do|else\s+to\s+do)\b|(?:is|are)\s+optional\b)/i;

/**
 * A first word written with a capital in mid-sentence ("..., GitHub Actions runs ...", "..., Travis builds ..."): a
 * name as the subject. The few orders a guide capitalises after a comma are let through.
 */
const NAMED_SUBJECT = /^(?!(?:Please|Make|Run|Test|Ensure|Check|Verify|Always|Do|Be|Build|Format|Lint|Execute|Confirm|Double)\b)[A-Z]/;

/** The clause up to the first break (";", " - ", "—"): what follows is an aside. */
const clauseOf = (text: string): string => text.split(/;|\s[-–—]\s/, 1)[0];

/** "we ask that you ...", "we expect you to ...", "we'd like you to ...": the project asking the reader, an order. */
const WE_ASK_YOU = /^we(?:\s+(?:kindly|would|'d))?\s+(?:ask|require|expect|request|like|appreciate\s+it\s+if)\s+(?:that\s+)?you\s+(?:to\s+)?/i;

/** "we recommend the following process:", "we strongly suggest ...": the project asking, softly but asking. */
const WE_RECOMMEND = /^we(?:\s+\w+ly)?\s+(?:recommend|suggest|advise|ask|require|expect|request|encourage)\b/i;

export function asksTheReader(ask: string): boolean {
  if (WE_RECOMMEND.test(ask.trim().replace(FILLER, ''))) return true;
  let clause = ask.trim().replace(FILLER, '').replace(WE_ASK_YOU, '');
  const statement = STATEMENT_FOLLOWS.exec(clause);
  if (statement) {
    // "Note that you must run the tests" asks; "Note that GitHub Actions runs them" describes.
    clause = clause.slice(statement[0].length);
    if (!READER.test(clause) && !SUBJECT_START.test(clause) && !NAMED_SUBJECT.test(clause)) return false;
  }
  clause = clauseOf(clause);
  if (NO_OBLIGATION.test(clause)) return false;
  if (READER.test(clause) || SUBJECT_START.test(clause) || NAMED_SUBJECT.test(clause) || BARE_SUBJECT.test(clause)) return OBLIGATION.test(clause);
  // Otherwise the clause opens with its verb: an order.
  return true;
}

/**
 * A lead-in that names the moment ("When preparing a pull request, ...", "While submitting patches, ...") and whose
 * main clause asks nothing ("these are the branches we use:", "keep in mind that the maintainers:"): the moment is
 * right, but the list describes, so it is no checklist. "..., please follow these guidelines:", "..., make sure:" and
 * "..., it should:" ask.
 */
const OCCASION_THEN_CLAUSE = /^(?:when|while|whilst|as)\b[^,:]{1,120},\s*(\S[^]*?)\s*:?\s*$/i;

export function occasionAsksNothing(lead: string): boolean {
  const m = OCCASION_THEN_CLAUSE.exec(lead.trim());
  return m !== null && !asksTheReader(m[1]);
}
