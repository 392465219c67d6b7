// For the declaration build only (tsc cannot read .svelte files): the
// element's public types never mention its components.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>>;
  export default component;
}
