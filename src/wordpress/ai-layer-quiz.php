<?php
/**
 * Plugin Name:       AI Layer Quiz
 * Description:       A decision-guide quiz for posts about AI on blockchains: a few questions, then Layer-1, Layer-2, Layer-3 or a hybrid, with reasons. Add it with the "AI layer quiz" block or the [ai_layer_quiz] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ai-layer-quiz
 *
 * @package AiLayerQuiz
 */

defined( 'ABSPATH' ) || exit;

define( 'AI_LAYER_QUIZ_VERSION', '0.1.0' );
define( 'AI_LAYER_QUIZ_HANDLE', 'ai-layer-quiz' );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/shortcode.php';

/**
 * Registers the loader (enqueued only where a quiz is rendered), the block and the shortcode.
 */
function ai_layer_quiz_init() {
	// The loader fetches the rest of the quiz from the quiz/ folder next to it, in this plugin's folder.
	wp_register_script( AI_LAYER_QUIZ_HANDLE, plugins_url( 'ai-layer-quiz.js', __FILE__ ), array(), AI_LAYER_QUIZ_VERSION, true );
	register_block_type( __DIR__ . '/block' );
	add_shortcode( 'ai_layer_quiz', 'ai_layer_quiz_shortcode' );
}
add_action( 'init', 'ai_layer_quiz_init' );

/**
 * Loads the loader deferred: it needs nothing from the page until the page has been parsed.
 * (The script_loader_tag filter works in every version this plugin supports.)
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string The tag, with `defer` for the loader.
 */
function ai_layer_quiz_defer( $tag, $handle ) {
	if ( AI_LAYER_QUIZ_HANDLE !== $handle || preg_match( '/\sdefer[\s>=]/', $tag ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?=\s)/', '<script defer', $tag, 1 );
}
add_filter( 'script_loader_tag', 'ai_layer_quiz_defer', 10, 2 );
