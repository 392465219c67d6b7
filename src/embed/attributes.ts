/**
 * The attributes a blog sets on `<ai-layer-quiz>`, parsed into `QuizOptions`.
 * Pure: the one thing that needs the browser (does this colour parse?) is
 * passed in, so the rules are unit-tested in Node.
 *
 * An invalid value is ignored: the option keeps its default, and the caller
 * logs the one warning returned here, which names the attribute and the
 * values it accepts. An empty attribute counts as absent.
 */
import { PERSONA_IDS, type PersonaId } from '../engine/types.ts';
import { DEFAULT_OPTIONS, type HeadingLevel, type Theme } from '../ui/options.ts';
import { devMessage } from '../errors.ts';

/** The element's tag name. */
export const TAG_NAME = 'ai-layer-quiz';

export const ATTRIBUTES = ['persona', 'theme', 'accent', 'heading-level', 'share-url', 'id'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** What each attribute sets. `id: null` means "generate one from the element's position". */
export interface AttributeValues {
  persona: PersonaId | null;
  theme: Theme;
  accent: string | null;
  'heading-level': HeadingLevel;
  'share-url': string | null;
  id: string | null;
}

export interface ParsedAttribute<N extends AttributeName = AttributeName> {
  name: N;
  value: AttributeValues[N];
  /** Set when the value was invalid and ignored: log it once. */
  warning: string | null;
}

export interface ParseEnvironment {
  /** `CSS.supports('color', value)` in a browser. */
  isColour(value: string): boolean;
}

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** The instance id: letters, digits, `-` and `_`, so it is safe in storage keys, URL fragments and element ids. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Colours that do not name one colour of their own: they depend on where they are used. */
const NOT_A_FIXED_COLOUR = /^(inherit|initial|unset|revert|revert-layer|currentcolor)$|\b(var|env|attr)\(/i;

const DEFAULTS: AttributeValues = {
  persona: DEFAULT_OPTIONS.persona,
  theme: DEFAULT_OPTIONS.theme,
  accent: DEFAULT_OPTIONS.accent,
  'heading-level': DEFAULT_OPTIONS.headingLevel,
  'share-url': DEFAULT_OPTIONS.shareUrl,
  id: null,
};

const ACCEPTED: Record<AttributeName, string> = {
  persona: '"builder" or "investor" (or none: the reader chooses)',
  theme: '"light", "dark" or "auto"',
  accent: 'a CSS colour such as "#1d5fc6" or "teal"',
  'heading-level': '1 to 6 (default 2)',
  'share-url': 'an absolute http(s) URL (default: the page URL)',
  id: '1 to 64 letters, digits, "-" or "_" (default: from the position on the page)',
};

export function isAttributeName(name: string): name is AttributeName {
  return (ATTRIBUTES as readonly string[]).includes(name);
}

/** Shows a value in a message: quoted, and cut short if very long. */
function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return JSON.stringify(short);
}

/** What `name` accepts, in words, for messages about values from elsewhere (a query string). */
export function acceptedValues(name: AttributeName): string {
  return ACCEPTED[name];
}

export function invalidValueWarning(name: AttributeName, raw: string): string {
  return devMessage(`ignored ${name}=${quote(raw)} on <ai-layer-quiz>; it accepts ${ACCEPTED[name]}.`);
}

function parseShareUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The value of `text` for attribute `name`, or undefined when it is not valid. */
function valueOf(name: AttributeName, text: string, env: ParseEnvironment): AttributeValues[AttributeName] | undefined {
  switch (name) {
    case 'persona': {
      const persona = text.toLowerCase();
      return (PERSONA_IDS as readonly string[]).includes(persona) ? persona : undefined;
    }
    case 'theme': {
      const theme = text.toLowerCase();
      return (THEMES as readonly string[]).includes(theme) ? theme : undefined;
    }
    case 'accent':
      return !NOT_A_FIXED_COLOUR.test(text) && env.isColour(text) ? text : undefined;
    case 'heading-level':
      return /^[1-6]$/.test(text) ? (Number(text) as HeadingLevel) : undefined;
    case 'share-url':
      return parseShareUrl(text) ?? undefined;
    case 'id':
      return ID_PATTERN.test(text) ? text : undefined;
  }
}

/**
 * Parses one attribute. `raw` is what `getAttribute` returns: null when the
 * attribute is absent. Surrounding whitespace is ignored; keywords are
 * case-insensitive.
 */
export function parseAttribute<N extends AttributeName>(
  name: N,
  raw: string | null,
  env: ParseEnvironment,
): ParsedAttribute<N> {
  const text = raw?.trim() ?? '';
  if (text === '') return { name, value: DEFAULTS[name], warning: null };
  const value = valueOf(name, text, env);
  if (value === undefined) return { name, value: DEFAULTS[name], warning: invalidValueWarning(name, raw!) };
  return { name, value: value as AttributeValues[N], warning: null };
}

/** The instance id generated for the `position`-th widget on the page (1-based): `alq-1`, `alq-2`, … */
export function generatedId(position: number): string {
  return `alq-${position}`;
}

/**
 * An id for a widget without an `id` attribute: from its position among the
 * page's widgets (stable across reloads of the same page), moved on to the
 * next free number when another widget already uses it.
 */
export function pickGeneratedId(position: number, taken: ReadonlySet<string>): string {
  let n = Math.max(1, position);
  while (taken.has(generatedId(n))) n += 1;
  return generatedId(n);
}

/** In a browser: colours as CSS reads them. */
export const browserEnvironment: ParseEnvironment = {
  isColour: (value) => typeof CSS !== 'undefined' && CSS.supports('color', value),
};
