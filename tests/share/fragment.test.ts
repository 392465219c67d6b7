import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hashWithout, isOwnFragment, readShareCode, shareUrlFor } from '../../src/share/fragment.ts';

const CODE = 'IxSAQIBAGQgigMI4EAfr';

describe('a share URL', () => {
  test('is the page URL with the code in the fragment, keyed by the widget', () => {
    expect(shareUrlFor('https://blog.example/post', 'quiz', CODE)).toBe(`https://blog.example/post#alq.quiz=${CODE}`);
  });

  test('leaves the query exactly as it was', () => {
    expect(shareUrlFor('https://blog.example/post?utm_source=x&a=%20b', 'quiz', CODE)).toBe(
      `https://blog.example/post?utm_source=x&a=%20b#alq.quiz=${CODE}`,
    );
  });

  test("keeps the page's own fragment and other widgets' parts, and replaces this widget's earlier code", () => {
    const page = 'https://blog.example/post#intro&alq.other=AAAA&alq.quiz=OLD';
    expect(shareUrlFor(page, 'quiz', CODE)).toBe(`https://blog.example/post#intro&alq.other=AAAA&alq.quiz=${CODE}`);
  });

  test('escapes an instance id that has fragment syntax in it', () => {
    const url = shareUrlFor('https://blog.example/', 'a&b=c #d', CODE);
    expect(url).toBe(`https://blog.example/#alq.a%26b%3Dc%20%23d=${CODE}`);
    expect(readShareCode(url.slice(url.indexOf('#')), 'a&b=c #d')).toBe(CODE);
  });

  test('does not end up with an empty part when the page URL ends in "#"', () => {
    expect(shareUrlFor('https://blog.example/post#', 'quiz', CODE)).toBe(`https://blog.example/post#alq.quiz=${CODE}`);
  });
});

describe("reading this widget's code from location.hash", () => {
  test('finds it among other parts', () => {
    expect(readShareCode(`#intro&alq.other=AAAA&alq.quiz=${CODE}`, 'quiz')).toBe(CODE);
    expect(readShareCode(`#alq.quiz=${CODE}&alq.other=AAAA`, 'other')).toBe('AAAA');
  });

  test('finds nothing when the fragment belongs to the page or to another widget', () => {
    expect(readShareCode('', 'quiz')).toBeNull();
    expect(readShareCode('#quiz', 'quiz')).toBeNull();
    expect(readShareCode('#alq.quiz-2=AAAA', 'quiz')).toBeNull();
    expect(readShareCode('#alq.quiz', 'quiz-2')).toBeNull();
  });

  test('hands over whatever text is there, untrusted, for the decoder to refuse', () => {
    expect(readShareCode('#alq.quiz=<img src=x onerror=alert(1)>', 'quiz')).toBe('<img src=x onerror=alert(1)>');
    expect(readShareCode('#alq.quiz', 'quiz')).toBe('');
  });

  test('survives broken percent-encoding', () => {
    expect(readShareCode('#alq.%E0%A4%A=AAAA&alq.quiz=BBBB', 'quiz')).toBe('BBBB');
  });
});

describe('whether the fragment is this widget’s (the only time the page is scrolled to it)', () => {
  test('yes when it holds this widget’s part, even an unreadable one', () => {
    expect(isOwnFragment(`#alq.quiz=${CODE}`, 'quiz')).toBe(true);
    expect(isOwnFragment('#intro&alq.quiz=garbage', 'quiz')).toBe(true);
  });

  test('no for the page’s own anchor or another widget’s part', () => {
    expect(isOwnFragment('#quiz', 'quiz')).toBe(false);
    expect(isOwnFragment(`#alq.other=${CODE}`, 'quiz')).toBe(false);
    expect(isOwnFragment('', 'quiz')).toBe(false);
  });
});

describe("removing this widget's part", () => {
  test('keeps everything else as written', () => {
    expect(hashWithout(`#intro&alq.quiz=${CODE}&alq.other=AAAA`, 'quiz')).toBe('#intro&alq.other=AAAA');
    expect(hashWithout(`#alq.quiz=${CODE}`, 'quiz')).toBe('');
    expect(hashWithout('#intro', 'quiz')).toBe('#intro');
  });
});

test('for any page URL and instance id, the link reads back to the code and nothing else changes', () => {
  fc.assert(
    fc.property(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({
        minLength: 1,
        unit: fc.oneof(
          fc.constantFrom('&', '=', '#', '%', '.', ' '),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        ),
      }),
      (page, id) => {
        const url = shareUrlFor(page, id, CODE);
        const hashAt = url.indexOf('#');
        const hash = url.slice(hashAt);
        expect(url.slice(0, hashAt)).toBe(page.split('#')[0]);
        expect(readShareCode(hash, id)).toBe(CODE);
        expect(isOwnFragment(hash, id)).toBe(true);
        const before = page.includes('#') ? page.slice(page.indexOf('#')) : '';
        expect(hashWithout(hash, id)).toBe(hashWithout(before, id));
      },
    ),
    { numRuns: 300 },
  );
}, 20_000);
