/**
 * npx tsx deploy/nginx/render-cli.ts --upstream 10.0.0.2:3000 --upstream 10.0.0.3:3000 --listen 80 \
 *   --prefix /var/cache/nginx/cctv --mode site > cctv.conf
 * Prints the nginx configuration on stdout (deploy/nginx/README.md); bad arguments print why on
 * stderr and exit 2.
 */
import { parseRenderArgs, USAGE } from './args';
import { renderNginxConfig } from './render';

const args = parseRenderArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(`render-cli: ${args.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
} else {
  process.stdout.write(renderNginxConfig(args.options));
}
