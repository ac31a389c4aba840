import type { SearchStrings } from './search-en';

/** Arabic strings of the search UI (./search-en.ts); a missing or extra key is a type error. */
export const arSearch: SearchStrings = {
  'search.title': 'ابحث في الموجزات',
  'search.label': 'كلمات البحث',
  'search.placeholder': 'الحشد الشعبي، انسحاب القوات…',
  'search.close': 'أغلق البحث',
  'search.shortcut': 'اضغط / أو Ctrl+K للبحث من أي صفحة.',
  'search.topic': 'الموضوع',
  'search.allTopics': 'كل الموضوعات',
  'search.loading': 'جارٍ البحث…',
  'search.count': 'عدد النتائج: {count}',
  'search.none': 'لا نتائج في النسخة العربية عن «{query}».',
  'search.quoted': '«{query}»',
  'search.showing': 'تُعرض نتائج {queries}، إذ لم يُعثر على شيء عن «{query}».',
  'search.closest': 'أقرب الكلمات إملاءً في هذه النسخة:',
  'search.otherEdition': 'أيضاً في النسخة الإنجليزية',
  'search.sections': 'الأقسام',
  'search.unavailable': 'تعذّر تحميل البحث. تحقق من الاتصال وحاول مرة أخرى؛ أما الصفحة نفسها فتعمل كالمعتاد.',
};
