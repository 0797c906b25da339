// Runs the Playwright end-to-end tests in Debian's Chromium. If Chromium is missing it
// says how to install it, and installs it itself when run as root on Debian. It never
// lets Playwright download a browser of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian) {
    console.log(`Chromium not found at ${chromium}; installing Debian's chromium package…`);
    process.env.DEBIAN_FRONTEND = 'noninteractive';
    if (run('apt-get', ['update']) !== 0 || run('apt-get', ['install', '-y', 'chromium']) !== 0) {
      console.error('Could not install chromium with apt-get. Install it by hand and re-run.');
      process.exit(1);
    }
  } else {
    console.error(
      `End-to-end tests need Chromium at ${chromium}.\n` +
        'On Debian/Ubuntu install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'Or point CHROMIUM_PATH at another Chromium build.',
    );
    process.exit(1);
  }
}

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
