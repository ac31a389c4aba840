import { describe, expect, it } from 'vitest';
import { aliasText, indexedAliases } from './alias-text';
import { formGroup } from './glossary';

describe('alias texts', () => {
  const group = ['PMF', 'Popular Mobilization Forces', 'الحشد الشعبي'];

  it('name a term’s other forms, in the group’s order, in parentheses', () => {
    expect(aliasText(group, 'PMF')).toBe('(Popular Mobilization Forces, الحشد الشعبي)');
    expect(aliasText(group, 'الحشد الشعبي')).toBe('(PMF, Popular Mobilization Forces)');
  });

  it('are rebuilt in the browser, one per form, from the groups alone', () => {
    expect(indexedAliases([group, ['ISIS', 'داعش']])).toEqual([
      { alias: '(Popular Mobilization Forces, الحشد الشعبي)', form: 'PMF' },
      { alias: '(PMF, الحشد الشعبي)', form: 'Popular Mobilization Forces' },
      { alias: '(PMF, Popular Mobilization Forces)', form: 'الحشد الشعبي' },
      { alias: '(داعش)', form: 'ISIS' },
      { alias: '(ISIS)', form: 'داعش' },
    ]);
  });

  it('list a form that two languages share once', () => {
    expect(formGroup({ forms: { en: ['ISIS', 'Daesh'], ar: ['داعش', 'ISIS'] } } as never)).toEqual(['ISIS', 'Daesh', 'داعش']);
  });
});
