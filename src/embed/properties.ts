/**
 * The element's properties that mirror its attributes, as Shoelace and the
 * built-in elements keep them: setting one sets the attribute (null or
 * undefined removes it), and reading one gives the value in effect, which is
 * the default when the attribute is absent or invalid. `id` is HTMLElement's own.
 */
import type { QuizOptions } from '../ui/options.ts';
import type { AttributeName } from './attributes.ts';

/** Attribute → property. Each property is also the name of the option it sets. */
export const PROPERTY_OF = {
  persona: 'persona',
  theme: 'theme',
  accent: 'accent',
  'heading-level': 'headingLevel',
  'share-url': 'shareUrl',
} as const satisfies Record<Exclude<AttributeName, 'id'>, keyof QuizOptions>;

export type ReflectedAttribute = keyof typeof PROPERTY_OF;
export type ReflectedProperty = (typeof PROPERTY_OF)[ReflectedAttribute];

export const REFLECTED_PROPERTIES = Object.values(PROPERTY_OF);

export function isReflectedAttribute(name: AttributeName): name is ReflectedAttribute {
  return name in PROPERTY_OF;
}

/** What a property may be set to: its own type, or null / undefined to remove the attribute. */
export type PropertyValue = string | number | null | undefined;

/** The attribute text for a property value: null removes the attribute. */
export function attributeText(value: PropertyValue): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * A property set before the element was upgraded is an own property that hides the accessor: take its value over
 * through the accessor ("lazy properties", web.dev's custom element best practices).
 */
export function takeOverEarlyProperties(element: HTMLElement): void {
  const own = element as unknown as Record<string, unknown>;
  for (const property of REFLECTED_PROPERTIES) {
    if (!Object.prototype.hasOwnProperty.call(element, property)) continue;
    const value = own[property];
    delete own[property];
    own[property] = value;
  }
}
