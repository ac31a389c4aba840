import { describe, expect, it } from 'vitest';
import { assertPublishable, LOCAL_SITE_URL, readSiteUrl, SiteUrlError } from './site-url';

describe('readSiteUrl', () => {
  it('gives the local address, marked as not set, when SITE_URL is unset or empty', () => {
    expect(readSiteUrl(undefined)).toEqual({ origin: LOCAL_SITE_URL, explicit: false });
    expect(readSiteUrl('')).toEqual({ origin: LOCAL_SITE_URL, explicit: false });
  });

  it.each([
    ['https://briefs.example.org', 'https://briefs.example.org'],
    ['https://briefs.example.org/', 'https://briefs.example.org'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
    ['HTTPS://Briefs.Example.org:8443/', 'https://briefs.example.org:8443'],
  ])('reads %s as the origin %s', (value, origin) => {
    expect(readSiteUrl(value)).toEqual({ origin, explicit: true });
  });

  it.each([
    ['briefs.example.org', /has no scheme/],
    ['//briefs.example.org', /has no scheme/],
    ['https://briefs.example.org/reader/', /has a path \(\/reader\/\)/],
    ['https://briefs.example.org ', /spaces or line breaks/],
    [' https://briefs.example.org', /spaces or line breaks/],
    ['https://briefs.example.org\n', /spaces or line breaks/],
    ['ftp://briefs.example.org', /uses ftp/],
    ['https://user:pw@briefs.example.org', /user name or password/],
    ['https://briefs.example.org/?a=1', /query or fragment/],
    ['https://briefs.example.org/#top', /query or fragment/],
    ['https://', /not a valid URL/],
  ])('rejects %j, saying why', (value, why) => {
    expect(() => readSiteUrl(value)).toThrow(SiteUrlError);
    expect(() => readSiteUrl(value)).toThrow(why);
    expect(() => readSiteUrl(value)).toThrow(/SITE_URL=/);
  });
});

describe('assertPublishable', () => {
  it('refuses a build without SITE_URL and says what to set', () => {
    expect(() => assertPublishable('build', readSiteUrl(undefined))).toThrow(/SITE_URL is not set[\s\S]*SITE_URL=https:\/\/[\s\S]*npm start/);
  });

  it('allows a build with SITE_URL set, a local one included', () => {
    expect(() => assertPublishable('build', readSiteUrl('https://briefs.example.org'))).not.toThrow();
    expect(() => assertPublishable('build', readSiteUrl(LOCAL_SITE_URL))).not.toThrow();
  });

  it.each(['dev', 'preview', 'sync'])('lets `astro %s` run on the local address', (command) => {
    expect(() => assertPublishable(command, readSiteUrl(undefined))).not.toThrow();
  });
});
