/**
 * The attributes page's script (served as /attributes.js): controls that set
 * attributes on the live widget, the snippet to paste, and an event log.
 * Talks to the widget only through its attributes and events, as a blog would.
 */
export {};

const ATTRIBUTES = ['persona', 'theme', 'accent', 'heading-level', 'share-url', 'id'] as const;
type Attribute = (typeof ATTRIBUTES)[number];

const form = document.querySelector<HTMLFormElement>('#controls')!;
const stage = document.querySelector<HTMLElement>('#stage')!;
const more = document.querySelector<HTMLElement>('#more')!;
const snippetCode = document.querySelector<HTMLElement>('#snippet')!;
const events = document.querySelector<HTMLOListElement>('#events')!;
const picker = document.querySelector<HTMLInputElement>('#accent-picker')!;
const accentText = document.querySelector<HTMLInputElement>('#accent')!;

const live = () => stage.querySelector('ai-layer-quiz')!;

function valueOf(name: Attribute): string {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList || field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
    return field.value.trim();
  }
  return '';
}

function apply(): void {
  const element = live();
  for (const name of ATTRIBUTES) {
    const value = valueOf(name);
    if (value === '') element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  showSnippet();
}

function showSnippet(): void {
  const attrs = ATTRIBUTES.map((name) => [name, valueOf(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  snippetCode.textContent = [
    `<ai-layer-quiz${attrs} style="display:block;min-height:380px;margin:24px 0">`,
    '  <p><a href="#conclusion">Not sure which layer fits you? Read the conclusion.</a></p>',
    '</ai-layer-quiz>',
    '<script src="/path/to/ai-layer-quiz.js" defer></script>',
  ].join('\n');
}

const DEFAULT_ACCENT = picker.value;

/** Any CSS colour the browser understands as `#rrggbb` (what a colour input holds), else null. */
function asHex(colour: string): string | null {
  if (!CSS.supports('color', colour)) return null;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return '#' + [r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('');
}

form.addEventListener('input', (event) => {
  // The picker and the text field show the same colour, whichever was changed.
  if (event.target === picker) accentText.value = picker.value;
  if (event.target === accentText) picker.value = asHex(accentText.value.trim()) ?? DEFAULT_ACCENT;
  apply();
});
form.addEventListener('change', apply);

document.querySelector('#readd')!.addEventListener('click', () => {
  const element = live();
  element.remove();
  // A new task, so this is a real disconnect and connect, not a move.
  setTimeout(() => stage.append(element), 50);
});

let added = 0;
document.querySelector('#another')!.addEventListener('click', () => {
  added += 1;
  const element = document.createElement('ai-layer-quiz');
  element.setAttribute('theme', added % 2 ? 'dark' : 'light');
  element.style.display = 'block';
  element.style.marginTop = '1.5rem';
  more.append(element);
});

/** The forwarding snippet from the README, logging here instead of sending anywhere. */
for (const name of ['quiz-start', 'quiz-answer', 'quiz-complete', 'quiz-share']) {
  document.addEventListener(name, (event) => {
    const { detail } = event as CustomEvent<Record<string, unknown>>;
    const source = (event.target as Element).id || 'second widget';
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `${name} from #${source}: ${JSON.stringify(detail)}`;
    item.append(code);
    events.prepend(item);
  });
}

showSnippet();
