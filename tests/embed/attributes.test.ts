import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTES,
  generatedId,
  isAttributeName,
  parseAttribute,
  pickGeneratedId,
  type AttributeName,
  type ParseEnvironment,
} from '../../src/embed/attributes.ts';

/** Stands in for `CSS.supports('color', v)`: a few shapes a browser accepts. */
const env: ParseEnvironment = {
  isColour: (v) =>
    /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) ||
    /^(rgb|hsl|oklch)a?\(.+\)$/i.test(v) ||
    /^(teal|red|rebeccapurple|transparent|currentcolor|inherit)$/i.test(v) ||
    /^var\(--[\w-]+\)$/.test(v),
};

const parse = (name: AttributeName, raw: string | null) => parseAttribute(name, raw, env);

function expectWarning(name: AttributeName, raw: string, accepted: RegExp) {
  const parsed = parse(name, raw);
  expect(parsed.warning).not.toBeNull();
  expect(parsed.warning).toMatch(/^\[ai-layer-quiz\] /);
  expect(parsed.warning).toContain(`${name}=`);
  expect(parsed.warning).toMatch(accepted);
  return parsed;
}

describe('attribute names', () => {
  it('observes exactly the documented attributes', () => {
    expect([...ATTRIBUTES].sort()).toEqual(['accent', 'heading-level', 'id', 'persona', 'share-url', 'theme']);
    expect(isAttributeName('theme')).toBe(true);
    expect(isAttributeName('class')).toBe(false);
  });
});

describe('absent and empty attributes give the defaults, silently', () => {
  it.each([
    ['persona', null],
    ['theme', 'auto'],
    ['accent', null],
    ['heading-level', 2],
    ['share-url', null],
    ['id', null],
  ] as const)('%s → %j', (name, value) => {
    for (const raw of [null, '', '   ']) {
      expect(parse(name, raw)).toEqual({ name, value, warning: null });
    }
  });
});

describe('persona', () => {
  it('accepts builder and investor, case-insensitively and trimmed', () => {
    expect(parse('persona', 'builder').value).toBe('builder');
    expect(parse('persona', ' Investor ').value).toBe('investor');
    expect(parse('persona', 'investor').warning).toBeNull();
  });
  it('ignores anything else with one warning naming both values', () => {
    const parsed = expectWarning('persona', 'trader', /"builder" or "investor"/);
    expect(parsed.value).toBeNull();
  });
});

describe('theme', () => {
  it.each(['light', 'dark', 'auto', 'DARK'])('accepts %s', (raw) => {
    expect(parse('theme', raw)).toMatchObject({ value: raw.toLowerCase(), warning: null });
  });
  it('falls back to auto on an unknown theme', () => {
    const parsed = expectWarning('theme', 'purple', /"light", "dark" or "auto"/);
    expect(parsed.value).toBe('auto');
  });
});

describe('accent', () => {
  it.each(['#0b6e4f', '#abc', 'rgb(11 110 79)', 'oklch(0.6 0.1 200)', 'teal', 'rebeccapurple'])('accepts %s', (raw) => {
    expect(parse('accent', raw)).toMatchObject({ value: raw, warning: null });
  });
  it('keeps the value as written (trimmed)', () => {
    expect(parse('accent', '  #ABCDEF ').value).toBe('#ABCDEF');
  });
  it.each(['not-a-colour', 'red; background: url(x)', '12px', 'inherit', 'currentColor', 'var(--brand)'])(
    'rejects %s',
    (raw) => {
      const parsed = expectWarning('accent', raw, /CSS colour/);
      expect(parsed.value).toBeNull();
    },
  );
});

describe('heading-level', () => {
  it.each([1, 2, 3, 4, 5, 6])('accepts %i', (n) => {
    expect(parse('heading-level', String(n))).toMatchObject({ value: n, warning: null });
  });
  it.each(['0', '7', '2.5', 'h3', '-1', '02', 'two'])('rejects %s and keeps 2', (raw) => {
    const parsed = expectWarning('heading-level', raw, /1 to 6/);
    expect(parsed.value).toBe(2);
  });
});

describe('share-url', () => {
  it('accepts absolute http(s) URLs, normalised', () => {
    expect(parse('share-url', 'https://blog.example/post?x=1').value).toBe('https://blog.example/post?x=1');
    expect(parse('share-url', 'http://EXAMPLE.com').value).toBe('http://example.com/');
  });
  it.each([
    '/relative/path',
    'javascript:alert(1)',
    'ftp://example.com/',
    'data:text/html,hi',
    'not a url',
    '//example.com',
  ])('rejects %s', (raw) => {
    const parsed = expectWarning('share-url', raw, /absolute http\(s\) URL/);
    expect(parsed.value).toBeNull();
  });
});

describe('id', () => {
  it.each(['first', 'quiz-2', 'A_b-9', 'x'.repeat(64)])('accepts %s', (raw) => {
    expect(parse('id', raw)).toMatchObject({ value: raw, warning: null });
  });
  it.each(['has space', 'a/b', 'x'.repeat(65), '<script>', 'é'])('rejects %s and generates one', (raw) => {
    const parsed = expectWarning('id', raw, /letters, digits/);
    expect(parsed.value).toBeNull();
  });
});

describe('warnings', () => {
  it('quote the value and cut very long ones short', () => {
    const long = 'z'.repeat(500);
    const { warning } = parse('theme', long);
    expect(warning).toContain('theme="zzz');
    expect(warning!.length).toBeLessThan(250);
  });
  it('name the element', () => {
    expect(parse('theme', 'x').warning).toContain('<ai-layer-quiz>');
  });
});

describe('generated ids', () => {
  it('follow the position on the page', () => {
    expect(generatedId(1)).toBe('alq-1');
    expect(pickGeneratedId(3, new Set())).toBe('alq-3');
  });
  it('move on to the next free number when taken', () => {
    expect(pickGeneratedId(1, new Set(['alq-1', 'alq-2']))).toBe('alq-3');
    expect(pickGeneratedId(2, new Set(['alq-1']))).toBe('alq-2');
  });
  it('never go below 1', () => {
    expect(pickGeneratedId(0, new Set())).toBe('alq-1');
  });
});
