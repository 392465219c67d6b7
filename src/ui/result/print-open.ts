/**
 * A folded section prints open: it opens on `beforeprint` and goes back to
 * how the reader left it on `afterprint`. CSS alone cannot show a closed
 * details element's content in every engine; these events fire in all of
 * them, for the print dialog and Save as PDF alike.
 */
export function openForPrint(details: HTMLDetailsElement): () => void {
  let wasOpen = false;
  const onPrint = ({ type }: Event) => {
    if (type === 'beforeprint') wasOpen = details.open;
    details.open = type === 'beforeprint' || wasOpen;
  };
  addEventListener('beforeprint', onPrint);
  addEventListener('afterprint', onPrint);
  return () => {
    removeEventListener('beforeprint', onPrint);
    removeEventListener('afterprint', onPrint);
  };
}
