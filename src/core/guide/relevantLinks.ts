/** Which links and doc files promise contribution know-how, so that the reader follows them. */
/**
 * Only links that promise contribution know-how are followed: a guide links to code of conduct, licences and
 * API docs too, and reading those would add commands and lists no newcomer needs for a first pull request.
 * A policy on AI-written contributions is one of the contribution rules (what is accepted, who holds the rights).
 * "Working on <the project>" is how contributor books title their how-to chapter. A style guide holds the
 * formatter and linter a contribution must pass.
 * A link into a `contrib/` folder of docs (a contributor guide's book, `/contrib/process/`) counts whatever its text.
 */
export const RELEVANT = /\/contrib\/|\b(?:ai|llm|genai)[-_ ]?(?:polic|usage)|contribut|develop|\bdev(?:docs?|guide)?\b|hacking|set(?:ting)?[-_ ]?up|working[-_ ]on\b|getting[-_ ]started|install|build|compil(?:e|ing|ation)\b|\btest|pull[-_ ]?requests?|\bprs?\b|commit|convention|guideline|workflow|submit|patch|local|\bgit\b|style[-_ ]?guide|coding[-_ ]?(?:style|standards?)|code[-_ ]?style/i;
