/**
 * `<ai-layer-quiz>`: our own custom element around the Svelte app.
 *
 * - An open shadow root without a `<slot>`: the blog's fallback content
 *   inside the element shows until the element upgrades, then is hidden.
 * - One constructable stylesheet shared by every instance.
 * - Attributes are parsed once when they change (so an invalid value warns
 *   once) into reactive options the mounted app reads live.
 * - Nothing throws into the host page: a failure is logged once and the
 *   fallback content is shown again.
 *
 * The class is created on demand by `defineQuizElement()`, so importing this
 * module has no side effects and does not need a DOM (server rendering).
 */
import { mount, unmount } from 'svelte';
import App from '../ui/App.svelte';
import widgetCss from '../ui/styles/index.ts';
import { DEFAULT_OPTIONS, type QuizOptions } from '../ui/options.ts';
import { devMessage } from '../errors.ts';
import {
  ATTRIBUTES,
  isAttributeName,
  parseAttribute,
  pickGeneratedId,
  type AttributeName,
  type ParseEnvironment,
} from './attributes.ts';
import { createHost } from './host.ts';
import { reactiveOptions } from './options.svelte.ts';
import { adoptStyles } from './styles.ts';

export const TAG_NAME = 'ai-layer-quiz';

/** The option each attribute sets (`id` is handled apart: it names the instance). */
const OPTION_FOR: Record<Exclude<AttributeName, 'id'>, keyof QuizOptions> = {
  persona: 'persona',
  theme: 'theme',
  accent: 'accent',
  'heading-level': 'headingLevel',
  'share-url': 'shareUrl',
};

const browserEnvironment: ParseEnvironment = {
  isColour: (value) => typeof CSS !== 'undefined' && CSS.supports('color', value),
};

/** Runs `work`; a failure becomes one console error instead of an exception in the host page. */
function guarded(what: string, work: () => void, onFailure?: () => void): void {
  try {
    work();
  } catch (error) {
    console.error(devMessage(`could not ${what}; showing the fallback content instead.`), error);
    try {
      onFailure?.();
    } catch {
      // Nothing more to do: the page must not see this.
    }
  }
}

function createElementClass() {
  /** Instance ids of the widgets on the page, so two never share progress keys or share-link keys. */
  const idsInUse = new Set<string>();

  return class AiLayerQuizElement extends HTMLElement {
    static get observedAttributes(): string[] {
      return [...ATTRIBUTES];
    }

    readonly #options: QuizOptions = reactiveOptions({ instanceId: '', ...DEFAULT_OPTIONS });
    /** The valid `id` attribute, if any. */
    #requestedId: string | null = null;
    #root: ShadowRoot | null = null;
    #app: Record<string, unknown> | null = null;

    constructor() {
      super();
      guarded('attach the shadow root', () => {
        this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      });
    }

    connectedCallback(): void {
      guarded(
        'start the quiz',
        () => {
          if (this.#app || !this.#root) return; // moved within the page: keep going as it was
          this.#claimId();
          adoptStyles(this.#root, widgetCss);
          this.#app = mount(App, { target: this.#root, props: { options: this.#options, host: createHost(this) } });
        },
        () => this.#showFallback(),
      );
    }

    disconnectedCallback(): void {
      // A move (remove, then insert again in the same task) keeps the running quiz.
      queueMicrotask(() => {
        if (this.isConnected) return;
        guarded('stop the quiz', () => {
          const app = this.#app;
          this.#app = null;
          this.#releaseId();
          if (app) void unmount(app);
        });
      });
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
      guarded(`apply the ${name} attribute`, () => {
        if (!isAttributeName(name)) return;
        const parsed = parseAttribute(name, value, browserEnvironment);
        if (parsed.warning) console.warn(parsed.warning);
        if (parsed.name === 'id') {
          this.#requestedId = parsed.value as string | null;
          if (this.#app) {
            this.#releaseId();
            this.#claimId();
          }
          return;
        }
        (this.#options as unknown as Record<string, unknown>)[OPTION_FOR[parsed.name]] = parsed.value;
      });
    }

    /** The `id` attribute when valid and free, else `alq-N` from the element's position among the page's widgets. */
    #claimId(): void {
      let id = this.#requestedId;
      if (id !== null && idsInUse.has(id)) {
        const replacement = pickGeneratedId(1, idsInUse);
        console.warn(
          devMessage(
            `id="${id}" is used by another <ai-layer-quiz> on this page; this one uses "${replacement}". Give each widget its own id.`,
          ),
        );
        id = replacement;
      }
      if (id === null) {
        const root = this.getRootNode() as Document | ShadowRoot;
        const position = Array.prototype.indexOf.call(root.querySelectorAll(this.localName), this) + 1;
        id = pickGeneratedId(position, idsInUse);
      }
      idsInUse.add(id);
      this.#options.instanceId = id;
    }

    #releaseId(): void {
      idsInUse.delete(this.#options.instanceId);
    }

    /** After a failure: the blog's own fallback content, through a slot. */
    #showFallback(): void {
      const root = this.#root;
      if (!root) return;
      root.replaceChildren(document.createElement('slot'));
    }
  };
}

export type AiLayerQuizElementClass = ReturnType<typeof createElementClass>;

/**
 * Registers `<ai-layer-quiz>` unless it is registered already (say, by a
 * second copy of the script), and returns the registered class.
 */
export function defineQuizElement(): CustomElementConstructor {
  const existing = customElements.get(TAG_NAME);
  if (existing) return existing;
  const QuizElement = createElementClass();
  customElements.define(TAG_NAME, QuizElement);
  return QuizElement;
}
