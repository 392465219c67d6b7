<?php
/**
 * The quiz's settings from a block or a shortcode, checked against what the
 * element accepts (README, "Attributes and properties"). A value that is not
 * valid is dropped, so the element's default applies, as it would for the
 * element itself; only plain, known-safe values reach the page.
 *
 * @package AiLayerQuiz
 */

defined( 'ABSPATH' ) || exit;

/**
 * CSS's named colours. A subset of what the element accepts (any CSS colour): hex, rgb(), hsl() and these
 * can be checked here without a CSS parser.
 */
const AI_LAYER_QUIZ_NAMED_COLOURS = 'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen';

/**
 * Checks raw settings (strings from a shortcode, or a block's attributes) and returns those that are valid.
 *
 * @param array $raw Keys persona, theme, accent, heading_level, share_url, fallback_text, fallback_url.
 * @return array The same keys; null where the value was missing or not valid.
 */
function ai_layer_quiz_options( array $raw ) {
	$text = static function ( $key ) use ( $raw ) {
		return isset( $raw[ $key ] ) && is_scalar( $raw[ $key ] ) ? trim( (string) $raw[ $key ] ) : '';
	};
	return array(
		'persona'       => ai_layer_quiz_keyword( $text( 'persona' ), array( 'builder', 'investor' ) ),
		'theme'         => ai_layer_quiz_keyword( $text( 'theme' ), array( 'light', 'dark', 'auto' ) ),
		'accent'        => ai_layer_quiz_colour( $text( 'accent' ) ),
		'heading_level' => preg_match( '/^[1-6]$/', $text( 'heading_level' ) ) ? $text( 'heading_level' ) : null,
		'share_url'     => ai_layer_quiz_url( $text( 'share_url' ) ),
		'fallback_text' => '' === $text( 'fallback_text' ) ? null : sanitize_text_field( $text( 'fallback_text' ) ),
		'fallback_url'  => ai_layer_quiz_url( $text( 'fallback_url' ) ),
	);
}

/**
 * One of `$allowed` (case does not matter), or null.
 *
 * @param string   $value   The value.
 * @param string[] $allowed The keywords accepted.
 * @return string|null
 */
function ai_layer_quiz_keyword( $value, array $allowed ) {
	$value = strtolower( $value );
	return in_array( $value, $allowed, true ) ? $value : null;
}

/**
 * A colour as hex, rgb()/rgba(), hsl()/hsla() with numbers only, or a CSS colour name; else null.
 *
 * @param string $value The value.
 * @return string|null
 */
function ai_layer_quiz_colour( $value ) {
	$hex        = '/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i';
	$functional = '/^(?:rgba?|hsla?)\((?:[\d.%\s,\/+-]|deg|turn|g?rad)+\)$/i';
	$named      = in_array( strtolower( $value ), explode( ' ', AI_LAYER_QUIZ_NAMED_COLOURS ), true );
	return preg_match( $hex, $value ) || preg_match( $functional, $value ) || $named ? $value : null;
}

/**
 * An absolute http(s) URL, or null.
 *
 * @param string $value The value.
 * @return string|null
 */
function ai_layer_quiz_url( $value ) {
	if ( ! preg_match( '#^https?://#i', $value ) ) {
		return null;
	}
	$url   = esc_url_raw( $value, array( 'http', 'https' ) );
	$parts = wp_parse_url( $url );
	$valid = '' !== $url && is_array( $parts ) && ! empty( $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true );
	return $valid ? $url : null;
}
