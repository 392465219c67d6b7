<?php
/**
 * The quiz's markup, the same for the block and the shortcode: the element
 * with its attributes, the space of its first screen reserved, and a fallback
 * for readers without JavaScript. Rendering it enqueues the loader, so the
 * loader is on the pages that show a quiz, once, and on no other.
 *
 * @package AiLayerQuiz
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's attributes from checked options: only the valid ones, so the others keep the element's default.
 *
 * @param array $options From ai_layer_quiz_options().
 * @return array Attribute name => value, not yet escaped.
 */
function ai_layer_quiz_element_attributes( array $options ) {
	// The first screen is 380px tall at every width: reserving it keeps the page from moving when the quiz appears.
	$attributes = array( 'style' => 'display:block;min-height:380px;margin:24px 0' );
	$names      = array(
		'persona'       => 'persona',
		'theme'         => 'theme',
		'accent'        => 'accent',
		'heading_level' => 'heading-level',
		'share_url'     => 'share-url',
	);
	foreach ( $names as $key => $name ) {
		if ( null !== $options[ $key ] ) {
			$attributes[ $name ] = $options[ $key ];
		}
	}
	return $attributes;
}

/**
 * Attributes as HTML, each value escaped.
 *
 * @param array $attributes Attribute name => value.
 * @return string
 */
function ai_layer_quiz_attributes_html( array $attributes ) {
	$html = array();
	foreach ( $attributes as $name => $value ) {
		$html[] = sprintf( '%s="%s"', $name, esc_attr( $value ) );
	}
	return implode( ' ', $html );
}

/**
 * What readers without JavaScript see: the author's text, linked to the author's link or else to the post.
 *
 * @param array $options From ai_layer_quiz_options().
 * @return string Escaped HTML.
 */
function ai_layer_quiz_fallback( array $options ) {
	$text = $options['fallback_text'] ?? __( 'Which blockchain layer fits your AI plans? Read the post for the answer.', 'ai-layer-quiz' );
	$url  = $options['fallback_url'] ?? get_permalink();
	if ( ! $url ) {
		return '<p>' . esc_html( $text ) . '</p>';
	}
	return sprintf( '<p><a href="%s">%s</a></p>', esc_url( $url ), esc_html( $text ) );
}

/**
 * The quiz element, and the loader enqueued for the page.
 *
 * @param string $attributes_html The element's attributes, already escaped.
 * @param array  $options         From ai_layer_quiz_options().
 * @return string
 */
function ai_layer_quiz_markup( $attributes_html, array $options ) {
	wp_enqueue_script( AI_LAYER_QUIZ_HANDLE );
	// One line, so that no filter run after it (wpautop on a widget's text, for one) finds a line break to turn into markup.
	return '<ai-layer-quiz ' . $attributes_html . '>'
		. ai_layer_quiz_fallback( $options )
		// Without JavaScript, the reserved space would stay empty under the fallback.
		. '<noscript><style>ai-layer-quiz{min-height:0!important}</style></noscript>'
		. '</ai-layer-quiz>';
}
