import type { SearchStrings } from './search-en';

/** Arabic strings of the search UI (./search-en.ts); a missing or extra key is a type error. */
export const arSearch: SearchStrings<'ar'> = {
  'search.title': 'ابحث في الموجزات',
  'search.label': 'كلمات البحث',
  'search.placeholder': 'الحشد الشعبي، انسحاب القوات…',
  'search.close': 'أغلق البحث',
  'search.shortcut': 'اضغط / أو Ctrl+K للبحث من أي صفحة.',
  'search.shortcutMac': 'اضغط / أو ⌘K للبحث من أي صفحة.',
  'search.highlighted': 'كلمات بحثك مظلَّلة.',
  'search.clearHighlights': 'أزل التظليل',
  'search.topic': 'الموضوع',
  'search.allTopics': 'كل الموضوعات',
  'search.loading': 'جارٍ البحث…',
  'search.count': {
    zero: 'لا نتائج',
    one: 'نتيجة واحدة',
    two: 'نتيجتان',
    few: '{count} نتائج',
    many: '{count} نتيجة',
    other: '{count} نتيجة',
  },
  'search.none': 'لا نتائج في الطبعة العربية عن «{query}».',
  'search.quoted': '«{query}»',
  'search.showing': 'تُعرض نتائج {queries}، إذ لم يُعثر على شيء عن «{query}».',
  'search.closest': 'أقرب الكلمات إملاءً في هذه الطبعة:',
  'search.otherEdition': 'أيضًا في الطبعة الإنجليزية',
  'search.sections': 'الأقسام',
  'search.unavailable': 'تعذّر تحميل البحث. تحقق من الاتصال وحاول مرة أخرى؛ أما الصفحة نفسها فتعمل كالمعتاد.',
};
