/**
 * `node examples/server/index.mjs` — the kit's REST contract over Amazon's Selling Partner API, for the widgets.
 * Build the package first (`npm run build`: this file imports `seller-review-kit/amazon.js` and `/server.js`).
 * Configuration: environment variables (README "Run it against Amazon"); credentials are never printed.
 */
import { createServer } from 'node:http';
import { configFromEnv, createApp, nodeListener } from './app.mjs';

const config = configFromEnv(process.env);
const app = await createApp(config, {
  // Operation and HTTP status only: the adapter never passes credentials, tokens or document URLs to this.
  log: process.env.SRK_DEBUG ? (line) => console.log(`[sp-api] ${line}`) : undefined,
});
const server = createServer(nodeListener(app.handle, { host: `${config.host}:${config.port}` }));
server.listen(config.port, config.host, () => {
  console.log(
    `seller-review-kit server: http://${config.host}:${config.port}${config.basePath} ` +
      `(marketplace ${config.marketplaceId}, store ${config.dbFile}, CORS ${config.corsOrigins.join(' ') || 'off'})`,
  );
});
const stop = async () => {
  server.close();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
