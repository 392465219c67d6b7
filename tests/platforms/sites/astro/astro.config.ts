// A static Astro site served from a subpath.
export default { base: '/blog', output: 'static' };
