import type { UIStrings } from './en';

/** Arabic interface strings; a missing or extra key is a type error. */
export const ar: UIStrings = {
  'site.name': 'قارئ الموجزات السياسية',
  'site.description': 'موجزات سياسية عن الشرق الأوسط باللغتين العربية والإنجليزية، مع بحث في النص الكامل.',
  'site.disclaimer':
    'نسخة مستقلة للقراءة. يُنسب كل موجز إلى ناشره الأصلي مع رابط إليه؛ وهذا الموقع ليس موقع الناشر.',
  'nav.skip': 'انتقل إلى المحتوى',
  'nav.home': 'الرئيسية',
  'nav.primary': 'الموقع',
  'home.title': 'الموجزات السياسية',
  'home.intro': 'تحليلات عن الشرق الأوسط والسياسة الأمريكية، باللغتين العربية والإنجليزية.',
  'home.empty': 'لا توجد موجزات بعد.',
  'brief.by': 'بقلم',
  'brief.published': 'تاريخ النشر',
  'brief.editions': 'النسخ',
  'brief.alsoIn': 'متوفر أيضاً باللغة',
  'brief.aboutAuthor': 'عن الكاتب',
  'brief.aboutAuthors': 'عن الكتّاب',
  'brief.source': 'المصدر',
  'brief.originallyPublished': 'نُشر النص الأصلي لدى {publisher}.',
  'brief.readOriginal': 'اقرأ النص الأصلي',
  'brief.translationNote':
    'هذه النسخة العربية ترجمة أعدّها هذا الموقع عن النص الإنجليزي الأصلي، وليست من منشورات {publisher}.',
  'brief.repairs': 'ملاحظات على هذه النسخة',
  'brief.repairsIntro': 'تتبع هذه النسخة النص الأصلي كلمة بكلمة. التصحيحات على النص المصدر:',
  'recommended.title': 'مقالات مقترحة',
  'link.external': '(موقع خارجي، بالإنجليزية)',
  'author.briefs': 'موجزات {name}',
  'author.profile': 'الصفحة الشخصية لدى {publisher}',
  'author.none': 'لا توجد موجزات بعد.',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'لا توجد صفحة بهذا العنوان. ربما نُقلت، أو أن الرابط مكتوب بشكل خاطئ.',
  'notFound.home': 'اذهب إلى الصفحة الرئيسية',
  'type.brief-analysis': 'تحليل موجز',
  'type.articles-testimony': 'مقالات وشهادات',
};
