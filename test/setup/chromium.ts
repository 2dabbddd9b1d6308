// Where the browser tests find Chromium: CHROME_PATH, or chromium / chromium-browser /
// google-chrome on the PATH. Nothing is installed here: on a machine without one the browser
// tests fail with a message that says how to get one (.ci/run installs Debian's chromium).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path !== '') return path;
    } catch {
      // not on the PATH
    }
  }
  throw new Error(
    'No Chromium found for the browser tests: set CHROME_PATH to a Chromium or Chrome binary, or install one ' +
      '(Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium). .ci/run installs Debian\'s chromium.',
  );
}

/** The flags a headless Chromium needs on a closed, rootful test machine. */
export const HEADLESS_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--force-device-scale-factor=1'];
