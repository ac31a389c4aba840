import { describe, expect, it } from 'vitest';
import { channelXml, creatorsXml, escapeXml, feedPath } from './feed';

describe('feedPath', () => {
  it.each([
    ['en', '/rss.xml'],
    ['ar', '/ar/rss.xml'],
  ] as const)('puts the %s feed at %s', (locale, path) => {
    expect(feedPath(locale)).toBe(path);
  });
});

describe('the feed XML pieces', () => {
  it('escape markup characters in text and attributes', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&#60;b&#62;&#38;&#34;c&#39;');
  });
  it('name each author in a dc:creator element', () => {
    expect(creatorsXml(['Jane Doe', 'A & B'])).toBe('<dc:creator>Jane Doe</dc:creator><dc:creator>A &#38; B</dc:creator>');
  });
  it('give the channel its language and a self link', () => {
    expect(channelXml('ar', 'https://briefs.example/ar/rss.xml')).toBe(
      '<language>ar</language><atom:link href="https://briefs.example/ar/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});
