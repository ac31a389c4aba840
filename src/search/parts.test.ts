import { describe, expect, it } from 'vitest';
import { extraPartFolders, partFolder } from './parts';

describe('search index parts', () => {
  it('keeps part 1 in the Pagefind folder and later parts in their own folders', () => {
    expect(partFolder(1)).toBe('');
    expect(partFolder(2)).toBe('part-2/');
    expect(() => partFolder(0)).toThrow(RangeError);
  });

  it('lists the folders a language’s search must merge: none for one part', () => {
    expect(extraPartFolders({ en: 3, ar: 1 }, 'en')).toEqual(['part-2/', 'part-3/']);
    expect(extraPartFolders({ en: 3, ar: 1 }, 'ar')).toEqual([]);
    expect(extraPartFolders({ en: 3 }, 'fr')).toEqual([]);
  });
});
