<?php
/**
 * The block on the page: the quiz element from the block's validated attributes.
 *
 * @package AiLayerQuiz
 *
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

$ai_layer_quiz_options = ai_layer_quiz_options(
	array(
		'persona'       => $attributes['persona'] ?? '',
		'theme'         => $attributes['theme'] ?? '',
		'accent'        => $attributes['accent'] ?? '',
		'heading_level' => $attributes['headingLevel'] ?? '',
		'share_url'     => $attributes['shareUrl'] ?? '',
		'fallback_text' => $attributes['fallbackText'] ?? '',
		'fallback_url'  => $attributes['fallbackUrl'] ?? '',
	)
);

// get_block_wrapper_attributes() escapes every value it prints.
echo ai_layer_quiz_markup( get_block_wrapper_attributes( ai_layer_quiz_element_attributes( $ai_layer_quiz_options ) ), $ai_layer_quiz_options ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
