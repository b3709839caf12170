/**
 * The step of a list that sends the change ("In GitHub, send a pull request to `main`.", "Open a pull request.")
 * divides it: what a later item sets a condition on ("If you find that the tests have failed, ...", "When the
 * review asks for changes, ...") is how the sent change fares, not a check made before sending it.
 */

/** A step that sends the change, after a short place or time ("In GitHub, ", "Finally, ", "Then"). */
const SENDS_THE_CHANGE =
  /^[\W_]*(?:(?:in|on|via|from|then|finally|now|next|lastly)\b[^,.]{0,30},?\s+)?(?:please\s+)?(?:open|send|submit|file|create|raise)\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:new\s+)?\[?(?:pull[\s-]+request|PR|merge\s+request)s?\b/i;

export const sendsTheChangeStep = (text: string): boolean => SENDS_THE_CHANGE.test(text);

/**
 * An item that opens with a condition on how the automated checks of the sent change turn out ("If you find that the
 * tests have failed, ...", "When CI fails, ...", "If the build is red, ..."). A condition on the kind of change ("If
 * you add an API, ...") is still a check, wherever it stands.
 */
const CONDITION = /^[\W_]*(?:if|when|whenever|once|after|should)\b[^,.]{0,60}?\b(?:tests?|CI|checks?|builds?|pipelines?|workflows?|jobs?)\b[^,.]{0,30}?\b(?:fail\w*|pass\w*|broke\w*|red|green|succeed\w*|time[sd]?\s+out|complete\w*|finish\w*)/i;

export const conditionAfterSending = (text: string): boolean => CONDITION.test(text);
