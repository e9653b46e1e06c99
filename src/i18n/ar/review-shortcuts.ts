import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'على مراجعة، عندما لا يكون التركيز في حقل نصي:',
  'review-list.shortcuts.key': 'المفتاح',
  'review-list.shortcuts.action': 'الإجراء',
  'review-list.shortcuts.next': 'المراجعة التالية',
  'review-list.shortcuts.previous': 'المراجعة السابقة',
  'review-list.shortcuts.select': 'تحديد المراجعة أو إلغاء تحديدها',
  'review-list.shortcuts.done': 'وضع علامة «تمت المعالجة» أو الاستعادة',
  'review-list.shortcuts.comment': 'تعليق',
  'review-list.shortcuts.contact': 'التواصل مع العميل',
  'review-list.shortcuts.help': 'عرض هذه الاختصارات',
  'review-list.shortcuts.enable': 'استخدام اختصارات المفتاح الواحد',
  'review-list.shortcuts.close': 'إغلاق',
} satisfies Strings;
