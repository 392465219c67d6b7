<?php
/**
 * The [ai_layer_quiz] shortcode, for the classic editor, widgets and page
 * builders: the block's settings as attributes, and the block's markup.
 *
 *   [ai_layer_quiz persona="investor" theme="dark" heading_level="3"]
 *
 * @package AiLayerQuiz
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the shortcode. Shortcodes run after wpautop, so the markup reaches the page whole.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function ai_layer_quiz_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	// The element's own names (heading-level, share-url) work too.
	foreach ( array( 'heading-level', 'share-url', 'fallback-text', 'fallback-url' ) as $name ) {
		if ( isset( $atts[ $name ] ) ) {
			$atts[ str_replace( '-', '_', $name ) ] = $atts[ $name ];
		}
	}
	$defaults = array_fill_keys( array( 'persona', 'theme', 'accent', 'heading_level', 'share_url', 'fallback_text', 'fallback_url' ), '' );
	$options  = ai_layer_quiz_options( shortcode_atts( $defaults, $atts, 'ai_layer_quiz' ) );
	$element  = ai_layer_quiz_element_attributes( $options );
	return ai_layer_quiz_markup( ai_layer_quiz_attributes_html( array( 'class' => 'ai-layer-quiz' ) + $element ), $options );
}
