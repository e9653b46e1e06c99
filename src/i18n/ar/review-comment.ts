import type { Strings } from '../types.js';

export default {
  'review-list.comment.label': 'تعليق عام على هذه المراجعة',
  'review-list.comment.hint':
    'مرئي للجميع. لا عناوين بريد إلكتروني ولا أرقام هواتف ولا استرداد مبالغ ولا عروض: استخدم «التواصل مع العميل» بدلًا من ذلك.',
  'review-list.comment.post': 'نشر التعليق',
  'review-list.comment.posting': 'جارٍ النشر…',
  'review-list.comment.blocked': 'صحّح الأخطاء أعلاه قبل النشر.',
  'review-list.comment.empty': 'اكتب تعليقًا لنشره.',
  'review-list.comment.posted': 'تم نشر التعليق.',
  'review-list.comment.failed': 'لم يُنشر التعليق؛ تم الاحتفاظ بنصك. {error}',
  'review-list.comment.no-findings': 'لم يتم العثور على مشكلات في السياسة.',
  'review-list.severity.error': 'خطأ (يمنع النشر)',
  'review-list.severity.warning': 'تحذير',
} satisfies Strings;
