// Global setup: the browser test needs Debian's Chromium; install it when missing (the test
// machines run as root and reach Debian's packages). No tool downloads a browser of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (existsSync('/usr/bin/chromium')) return;
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'ignore', timeout: 600_000 });
}
