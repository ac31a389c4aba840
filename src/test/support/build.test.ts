import { afterEach, describe, expect, it } from 'vitest';
import { buildEnvironment, TEST_SITE_URL } from './build';

const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('buildEnvironment', () => {
  it('gives a test build the test address and the real library, whatever the shell exported', () => {
    Object.assign(process.env, { SITE_URL: 'https://briefs.example', CONTENT_DIR: '/elsewhere', OUT_DIR: '/tmp/out', CACHE_DIR: '/tmp/cache', SEARCH_PART_SIZE: '3' });
    const env = buildEnvironment();
    expect(env['SITE_URL']).toBe(TEST_SITE_URL);
    expect(env['CONTENT_DIR']).toBe('content');
    for (const name of ['OUT_DIR', 'CACHE_DIR', 'SEARCH_PART_SIZE']) expect(env[name], name).toBeUndefined();
  });

  it('takes the settings a test names, and keeps the rest of the shell’s environment', () => {
    process.env['SOME_TOOL_HOME'] = '/opt/tool';
    const env = buildEnvironment({ CONTENT_DIR: '/fixture', SEARCH_PART_SIZE: '4' });
    expect(env).toMatchObject({ CONTENT_DIR: '/fixture', SEARCH_PART_SIZE: '4', SITE_URL: TEST_SITE_URL, SOME_TOOL_HOME: '/opt/tool' });
  });
});
