/**
 * Where a share code lives in a URL: in the fragment, never the query, so it
 * never reaches the blog's server and the page's own query stays as it is.
 *
 * Each widget keeps its own part of the fragment, `alq.<instanceId>=<code>`,
 * with the instance id percent-encoded; parts are joined with `&`. Whatever
 * else the fragment holds (another widget's part, the page's own anchor) is
 * kept as written:
 *
 *   https://blog.example/post?ref=x#intro&alq.quiz-1=HxA3…&alq.quiz-2=Jb9…
 *
 * All functions are pure string work on untrusted text and never throw.
 */

export const PART_PREFIX = 'alq.';
const SEPARATOR = '&';

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Percent-encodes an instance id; a lone surrogate (which encodeURIComponent refuses) becomes U+FFFD. */
function encodeId(instanceId: string): string {
  try {
    return encodeURIComponent(instanceId);
  } catch {
    return encodeURIComponent(instanceId.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

/** The fragment's parts, without the leading '#'; an empty fragment has none. */
function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split(SEPARATOR);
}

/** Whether one part of the fragment belongs to the widget `instanceId`. */
function isOwnPart(part: string, instanceId: string): boolean {
  const equals = part.indexOf('=');
  const key = equals < 0 ? part : part.slice(0, equals);
  if (!key.startsWith(PART_PREFIX)) return false;
  const id = key.slice(PART_PREFIX.length);
  return id === encodeId(instanceId) || safeDecode(id) === instanceId;
}

/** This widget's part of a fragment: `alq.<instanceId>=<code>`. */
export function fragmentPart(instanceId: string, code: string): string {
  return `${PART_PREFIX}${encodeId(instanceId)}=${code}`;
}

/** The share code this widget finds in `hash` (`location.hash`), as raw untrusted text; null when there is none. */
export function readShareCode(hash: string, instanceId: string): string | null {
  const own = parts(hash).find((part) => isOwnPart(part, instanceId));
  if (own === undefined) return null;
  const equals = own.indexOf('=');
  return equals < 0 ? '' : own.slice(equals + 1);
}

/** Whether `hash` addresses this widget, so the page may be scrolled to it; other fragments are left to the page. */
export function isOwnFragment(hash: string, instanceId: string): boolean {
  return parts(hash).some((part) => isOwnPart(part, instanceId));
}

/** The parts other than this widget's, as written (empty ones dropped). */
const otherParts = (hash: string, instanceId: string) =>
  parts(hash).filter((part) => part !== '' && !isOwnPart(part, instanceId));

/** `hash` without this widget's part (other parts kept as written), with its '#', or '' when nothing is left. */
export function hashWithout(hash: string, instanceId: string): string {
  const rest = otherParts(hash, instanceId);
  return rest.length === 0 ? '' : `#${rest.join(SEPARATOR)}`;
}

/**
 * The link that reopens this widget's result: `base` (the page URL, or the
 * `share-url` attribute) with its query untouched and its fragment holding
 * this widget's code in place of any earlier one.
 */
export function shareUrlFor(base: string, instanceId: string, code: string): string {
  const hashAt = base.indexOf('#');
  const page = hashAt < 0 ? base : base.slice(0, hashAt);
  const rest = otherParts(hashAt < 0 ? '' : base.slice(hashAt), instanceId);
  return `${page}#${[...rest, fragmentPart(instanceId, code)].join(SEPARATOR)}`;
}

/** `href` without this widget's part of the fragment: the address to show once the reader starts a quiz of their own. */
export function urlWithoutShare(href: string, instanceId: string): string {
  const hashAt = href.indexOf('#');
  return hashAt < 0 ? href : href.slice(0, hashAt) + hashWithout(href.slice(hashAt), instanceId);
}
