import { DEPLOY_OPTIONS, renderNginxConf } from './nginx.ts';

/** `deploy/nginx.conf`, the configuration shipped in the repository. */
export const DEPLOY_CONF = new URL('../../deploy/nginx.conf', import.meta.url);

/** What `deploy/nginx.conf` must contain. */
export const deployConf = () => renderNginxConf(DEPLOY_OPTIONS);
