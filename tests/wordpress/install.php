<?php
/**
 * Installs WordPress in the folder given as the first argument (its
 * wp-config.php already written) and adds one user per role the tests act
 * as, each with an application password for the REST API. Prints them as JSON.
 */

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = 'localhost';
require $argv[1] . '/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';

// The install mails the admin; there is no mail here.
add_filter( 'pre_wp_mail', '__return_false' );
wp_install( 'A blog about AI and blockchains', 'admin', 'admin@example.com', false, '', 'admin-password' );

// Avatars come from gravatar.com: no request leaves the machine.
update_option( 'show_avatars', 0 );

$users = array();
foreach ( array( 'administrator', 'author', 'contributor' ) as $role ) {
	$login = 'administrator' === $role ? 'admin' : $role;
	$id    = 'admin' === $login ? 1 : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $login . '-password',
			'user_email' => $login . '@example.com',
			'role'       => $role,
		)
	);
	// The block editor's welcome guide, seen once already (it shows an image from s.w.org).
	update_user_meta( $id, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	list( $app_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
	$users[ $role ] = array(
		'id'          => $id,
		'login'       => $login,
		'password'    => $login . '-password',
		'appPassword' => $app_password,
	);
}
echo wp_json_encode( array( 'theme' => get_stylesheet(), 'users' => $users ) );
