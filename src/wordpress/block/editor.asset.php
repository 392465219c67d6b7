<?php
/**
 * What the editor script needs: WordPress's editor packages, and the quiz's loader, so that the editor shows the
 * real widget.
 *
 * @package AiLayerQuiz
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'ai-layer-quiz' ),
	'version'      => '0.1.0',
);
