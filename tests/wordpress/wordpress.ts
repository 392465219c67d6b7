/**
 * A real WordPress for the plugin's tests: Debian's package (`wordpress`),
 * copied to a temporary folder with a wp-config.php of its own, on a MariaDB
 * of its own (own data folder, a Unix socket, no network) and PHP's built-in
 * server on a free loopback port. Installed from the command line with one
 * user per role; everything is stopped and removed by `stop()`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = '/usr/sbin/mariadbd';
const HERE = new URL('.', import.meta.url).pathname;

export type Role = 'administrator' | 'author' | 'contributor';

export interface User {
  id: number;
  login: string;
  password: string;
  appPassword: string;
}

export interface WordPress {
  origin: string;
  /** The folder WordPress runs from (its wp-content/plugins is where uploads land). */
  dir: string;
  theme: string;
  users: Record<Role, User>;
  /** A REST API call as `role`, with an application password; the parsed JSON answer. */
  rest<T = any>(role: Role, method: string, route: string, body?: unknown): Promise<T>;
  /** Runs SQL on the blog's database; what it printed (tab-separated rows, no column names). */
  sql(query: string): Promise<string>;
  /** What PHP logged (WP_DEBUG_LOG). */
  debugLog(): string;
  stop(): Promise<void>;
}

/** Says what to install when a piece is missing, rather than failing somewhere deep. */
function requireTools(): void {
  const missing = [
    [WORDPRESS, 'wordpress'],
    [MARIADBD, 'mariadb-server'],
    ['/usr/bin/php', 'php php-mysql'],
  ].filter(([path]) => !existsSync(path!));
  if (missing.length)
    throw new Error(
      `[ai-layer-quiz] The WordPress tests need Debian's packages: apt-get install -y ${missing.map(([, p]) => p).join(' ')}`,
    );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`[ai-layer-quiz] WordPress tests: ${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** MariaDB refuses to run as root unless told to. */
const AS_ROOT = process.getuid?.() === 0 ? ['--user=root'] : [];

async function sql(socket: string, query: string, database?: string): Promise<string> {
  const args = ['--no-defaults', '-S', socket, '-uroot', '--batch', '--skip-column-names', '-e', query];
  return (await run('mariadb', database ? [...args, database] : args)).stdout;
}

async function startMariaDb(tmp: string): Promise<{ socket: string; process: ChildProcess }> {
  const datadir = join(tmp, 'db');
  const socket = join(tmp, 'mysql.sock');
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${datadir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...AS_ROOT,
  ]);
  const child = spawn(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      ...AS_ROOT,
      `--pid-file=${join(tmp, 'mariadb.pid')}`,
      `--log-error=${join(tmp, 'mariadb.log')}`,
      '--innodb-buffer-pool-size=32M',
    ],
    { stdio: 'ignore', detached: true },
  );
  await until('MariaDB accepting connections', async () => (await sql(socket, 'SELECT 1'), true));
  await sql(socket, 'CREATE DATABASE wordpress CHARACTER SET utf8mb4');
  return { socket, process: child };
}

function wpConfig(origin: string, socket: string, log: string): string {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT']
    .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
    .map((key) => `define( '${key}', '${key.toLowerCase()}-for-tests-only' );`);
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
// Application passwords over plain HTTP need a local environment.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${log}' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
${keys.join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

export async function startWordPress(): Promise<WordPress> {
  requireTools();
  const tmp = mkdtempSync(join(tmpdir(), 'alq-wordpress-'));
  const dir = join(tmp, 'wordpress');
  const log = join(tmp, 'debug.log');
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      // Each runs in a process group of its own (PHP's workers are its children): the whole group is stopped.
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited(child);
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const db = await startMariaDb(tmp);
    children.push(db.process);
    // Debian's wp-config.php reads /etc/wordpress; this copy has its own. The translations are not needed.
    cpSync(WORDPRESS, dir, {
      recursive: true,
      filter: (src) =>
        src !== join(WORDPRESS, 'wp-config.php') && !src.startsWith(join(WORDPRESS, 'wp-content/languages')),
    });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, 'wp-config.php'), wpConfig(origin, db.socket, log));
    const { stdout } = await run('php', [join(HERE, 'install.php'), dir]);
    const installed = JSON.parse(stdout) as { theme: string; users: Record<Role, User> };

    // The block editor fetches in parallel: more than one PHP worker keeps it from queueing.
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(php);
    await until('PHP serving WordPress', async () => (await fetch(`${origin}/wp-login.php`)).ok);

    return {
      origin,
      dir,
      theme: installed.theme,
      users: installed.users,
      async rest(role, method, route, body) {
        const { login, appPassword } = installed.users[role];
        const response = await fetch(`${origin}/?rest_route=${route.replace('?', '&')}`, {
          method,
          headers: {
            Authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
            'Content-Type': 'application/json',
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json: unknown = await response.json();
        if (!response.ok) throw new Error(`${method} ${route} as ${role}: ${response.status} ${JSON.stringify(json)}`);
        return json as any;
      },
      sql: (query) => sql(db.socket, query, 'wordpress'),
      debugLog: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
