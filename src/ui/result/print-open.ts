/**
 * A folded section prints open: it opens on `beforeprint` and goes back to
 * how the reader left it on `afterprint`. CSS alone cannot show a closed
 * details element's content in every engine; these events fire in all of
 * them, for the print dialog and Save as PDF alike.
 */
export function openForPrint(details: HTMLDetailsElement): () => void {
  let wasOpen = details.open;
  const open = () => {
    wasOpen = details.open;
    details.open = true;
  };
  const restore = () => {
    details.open = wasOpen;
  };
  window.addEventListener('beforeprint', open);
  window.addEventListener('afterprint', restore);
  return () => {
    window.removeEventListener('beforeprint', open);
    window.removeEventListener('afterprint', restore);
  };
}
