/**
 * A heading on running the test suite inside a container or virtual machine ("Running the Linux tests using
 * Docker", "Running containerized tests", "Testing in a Vagrant box"): the tests are its topic and the container
 * only how they run, so its lines are the project's steps, not a side quest of running the product in Docker.
 */

/** The words that make a heading about containers or virtual machines. */
const CONTAINER_WORDS = /\bcontainer(?:s|ized)?\b|\bdocker\b|\bpodman\b|\bvagrant\b|\bvirtual\s+machines?\b/gi;
/** The test suite as a heading's topic: "tests", "testing", "test suite" (not "test data" or "a test container"). */
const TESTS_TOPIC = /\btests\b|\btesting\b|\btest\s+suites?\b|\bunit\s+tests?\b|\bintegration\s+tests?\b/i;
/** How the tests run: in, inside, with, using or via the container ("Testing the Docker image" tests the image itself). */
const RUN_IN_CONTAINER = /\b(?:using|in|inside|with|via|on)\s+(?:an?\s+|the\s+)?(?:docker|podman|vagrant|container|virtual\s+machine|vm)\b|\bcontaineri[sz]ed\s+tests\b/i;

/**
 * Whether a heading that a side-quest rule skips is about running the tests in a container: it names the tests, and
 * with its container words taken out, `sideQuest` (the skipping rule) no longer holds.
 */
export function testsInContainer(heading: string, sideQuest: RegExp): boolean {
  if (heading.length > 200 || !TESTS_TOPIC.test(heading) || !RUN_IN_CONTAINER.test(heading)) return false;
  const rest = heading.replace(CONTAINER_WORDS, ' ');
  return rest !== heading && !sideQuest.test(rest);
}

/**
 * Getting a container ready or entering it (`docker pull swift:latest`, `docker compose build`, `docker run -it
 * image bash`): preparing where the tests run, a setup step even under a test heading.
 */
const ENTERS_CONTAINER = /^(?:sudo\s+)?(?:docker|podman)\s+(?:pull\s|build\s|compose\s+(?:build|pull)\b|run\s(?:\S{1,300}\s{1,10}){0,30}?(?:bash|sh|zsh|\/bin\/(?:ba)?sh)$)/;
export const entersContainer = (command: string): boolean => command.length <= 2000 && ENTERS_CONTAINER.test(command);

/**
 * A lead-in whose purpose is debugging ("use this to interactively debug any failing tests"): a side quest, not a
 * step. A debug build ("to debug mode", "build with debug symbols") is a way to build, not debugging.
 */
// The block itself is what debugs ("use this to debug", "To debug a failing test, run"): "run the suite; use `-v` to
// debug failures" gives the suite as its step.
export const DEBUG_PURPOSE =
  /(?:^\s*|\b(?:use|run)\s+(?:this|these|it|the\s+following)\b[^.]{0,60}?\b)to\s+(?:interactively\s+)?debug\b(?!\s+(?:mode|builds?|versions?|symbols|info|configuration))/i;
