// Checks, and as root installs, the Debian packages that code-server's build and the browser tests need.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → a file that proves it is installed. */
const REQUIRED = {
  chromium: '/usr/bin/chromium',
  ripgrep: '/usr/bin/rg',
  git: '/usr/bin/git',
  'libkrb5-dev': '/usr/include/gssapi.h',
  'pkg-config': '/usr/bin/pkg-config',
  'libsecret-1-dev': '/usr/include/libsecret-1/libsecret/secret.h',
  'libx11-dev': '/usr/include/X11/Xlib.h',
  'libxkbfile-dev': '/usr/include/X11/extensions/XKBfile.h',
};

export function missingPackages() {
  return Object.entries(REQUIRED).filter(([, file]) => !existsSync(file)).map(([name]) => name);
}

/** Installs what is missing when we may (root with apt-get); otherwise explains and throws. */
export function ensureSystemPackages(log = console.error) {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    throw new Error(
      `Missing system packages: ${missing.join(' ')}.\n` +
        `Install them with: sudo apt-get install -y ${missing.join(' ')}\n` +
        '(code-server is built from the npm registry and needs their headers; the browser tests need Chromium.)',
    );
  }
  log(`onramp: installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const still = missingPackages();
  if (still.length) throw new Error(`apt-get could not install: ${still.join(' ')}`);
}
