/**
 * The widget's CSS, attached to each shadow root as ONE constructable
 * stylesheet shared by every instance: no `<style>` element, so a strict
 * `style-src 'self'` policy has nothing to block.
 */
let shared: CSSStyleSheet | null = null;

function supportsAdoptedSheets(root: ShadowRoot): boolean {
  return (
    'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype
  );
}

export function adoptStyles(root: ShadowRoot, css: string): void {
  if (supportsAdoptedSheets(root)) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return;
  }
  // Browsers from before constructable stylesheets (Safari < 16.4): a <style>
  // element, which only a strict CSP would block.
  if (!root.querySelector('style[data-alq]')) {
    const style = document.createElement('style');
    style.setAttribute('data-alq', '');
    style.textContent = css;
    root.prepend(style);
  }
}
