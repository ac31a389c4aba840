// `npm run deploy:nginx-conf`: writes deploy/nginx.conf from the header
// table (src/publish/headers.ts) and src/publish/nginx.ts. A unit test
// fails while the committed file differs from what this writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { DEPLOY_CONF, deployConf } from './deploy-conf.ts';

await mkdir(new URL('.', DEPLOY_CONF), { recursive: true });
await writeFile(DEPLOY_CONF, deployConf());
console.log(`Wrote ${DEPLOY_CONF.pathname}`);
