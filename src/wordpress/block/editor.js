/**
 * The block in the editor: the real widget (the loader is this script's
 * dependency), which shows the settings as they change, and a sidebar to set
 * them. The widget is inert here: a click selects the block. Saved as
 * attributes only; the page's markup is rendered on the server (render.php).
 */
/* global wp */
(function (blocks, element, blockEditor, components, i18n) {
  const { createElement: el, useEffect, useRef } = element;
  const { __ } = i18n;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { ColorPalette, PanelBody, SelectControl, TextControl } = components;

  const personas = [
    { value: '', label: __('The reader chooses', 'ai-layer-quiz') },
    { value: 'builder', label: __('Builder', 'ai-layer-quiz') },
    { value: 'investor', label: __('Investor', 'ai-layer-quiz') },
  ];
  const themes = [
    { value: 'auto', label: __("Auto (the reader's colour scheme)", 'ai-layer-quiz') },
    { value: 'light', label: __('Light', 'ai-layer-quiz') },
    { value: 'dark', label: __('Dark', 'ai-layer-quiz') },
  ];
  const levels = [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `H${n}` }));

  /** The widget's attributes: the empty ones are left out, so the widget's defaults apply. */
  function widgetAttributes(attributes) {
    const values = {
      persona: attributes.persona,
      theme: attributes.theme,
      accent: attributes.accent,
      'heading-level': String(attributes.headingLevel),
      'share-url': attributes.shareUrl,
    };
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value));
  }

  /** The controls' current look (no bottom margin, 40px high): the spacing comes from the panel's grid. */
  const current = { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true };
  const grid = (...controls) => el('div', { style: { display: 'grid', gap: '16px' } }, ...controls);

  /** The theme's colours, for the accent's swatches (useSettings replaced useSetting in WordPress 6.5). */
  function usePalette() {
    const palette = blockEditor.useSettings
      ? blockEditor.useSettings('color.palette')[0]
      : blockEditor.useSetting('color.palette');
    return palette || [];
  }

  function Settings({ attributes, setAttributes }) {
    const palette = usePalette();
    const select = (key, label, help, options, parse) =>
      el(SelectControl, {
        ...current,
        label,
        help,
        options,
        value: String(attributes[key]),
        onChange: (value) => setAttributes({ [key]: parse ? parse(value) : value }),
      });
    const text = (key, label, help, type) =>
      el(TextControl, {
        ...current,
        label,
        help,
        type: type || 'text',
        value: attributes[key],
        onChange: (value) => setAttributes({ [key]: value }),
      });
    return el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Quiz', 'ai-layer-quiz') },
        grid(
          select(
            'persona',
            __('Persona', 'ai-layer-quiz'),
            __('Preset the reader: skips the "building or investing?" step.', 'ai-layer-quiz'),
            personas,
          ),
          select('theme', __('Theme', 'ai-layer-quiz'), null, themes),
          select(
            'headingLevel',
            __('Heading level', 'ai-layer-quiz'),
            __("The level of the quiz's top heading, to fit the post's outline.", 'ai-layer-quiz'),
            levels,
            Number,
          ),
          el(
            'fieldset',
            null,
            el('legend', null, __('Accent colour (buttons, selection, focus)', 'ai-layer-quiz')),
            el(ColorPalette, {
              colors: palette,
              value: attributes.accent || undefined,
              onChange: (accent) => setAttributes({ accent: accent || '' }),
            }),
          ),
          text(
            'shareUrl',
            __('Share URL', 'ai-layer-quiz'),
            __("The page that share links open (http or https). Empty: this post's address.", 'ai-layer-quiz'),
            'url',
          ),
        ),
      ),
      el(
        PanelBody,
        { title: __('Without JavaScript', 'ai-layer-quiz'), initialOpen: false },
        grid(
          text(
            'fallbackText',
            __('Fallback text', 'ai-layer-quiz'),
            __('What readers see when the quiz cannot run.', 'ai-layer-quiz'),
          ),
          text(
            'fallbackUrl',
            __('Fallback link', 'ai-layer-quiz'),
            __("Where that text links to (http or https). Empty: this post's address.", 'ai-layer-quiz'),
            'url',
          ),
        ),
      ),
    );
  }

  /**
   * Previews (the inserter's, the styles') show blocks in an iframe of their own, where the editor's scripts do not
   * run: the widget there gets the loader added, from the address the editor loaded it from.
   */
  function useLoaderIn(ref) {
    useEffect(() => {
      const doc = ref.current.ownerDocument;
      const loader = document.querySelector('script[src*="/ai-layer-quiz.js"]');
      if (doc === document || !loader || doc.defaultView.customElements.get('ai-layer-quiz')) return;
      const script = doc.createElement('script');
      script.src = loader.src;
      doc.head.append(script);
    }, []);
  }

  blocks.registerBlockType('ai-layer-quiz/quiz', {
    edit(props) {
      const ref = useRef();
      useLoaderIn(ref);
      const widget = el('ai-layer-quiz', {
        ...widgetAttributes(props.attributes),
        ref,
        inert: '',
        style: { display: 'block', minHeight: '380px' },
      });
      return el('div', useBlockProps(), el(Settings, props), widget);
    },
    save: () => null,
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n);
