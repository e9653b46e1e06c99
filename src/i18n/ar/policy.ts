import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'لا يمكن الرد بـ«التواصل مع العميل» إلا على المراجعات ذات 1 إلى 3 نجوم.',
  'policy.reason.not-verified-purchase': 'المراجعة غير مرتبطة بعملية شراء موثّقة.',
  'policy.reason.not-seller-of-record': 'لست البائع المسجّل للطلب الذي تستند إليه هذه المراجعة.',
  'policy.reason.no-order-date': 'تاريخ الطلب غير معروف.',
  'policy.reason.order-too-old': 'قُدّم الطلب منذ أكثر من عام.',
  'policy.reason.not-brand-representative': 'ليس لديك دور ممثل العلامة التجارية لهذه العلامة.',
  'policy.reason.not-professional': 'يتطلب «التواصل مع العميل» حساب بيع احترافيًا.',
  'policy.reason.account-not-in-good-standing': 'حسابك ليس في وضع جيد.',
  'policy.reason.already-contacted': 'تم التواصل مع هذا العميل بالفعل بشأن هذه المراجعة.',
  'policy.reason.no-edit-permission': 'تحتاج إلى إذن «العرض والتعديل» لمراجعات العملاء.',
  'policy.reason.empty': 'النص فارغ.',
  'policy.reason.length': 'النص أطول مما تسمح به أمازون.',
  'policy.reason.retention-expired': 'لم تعد هذه المراجعة في مراجعات العملاء: انتهت فترة عرضها.',
  'policy.reason.invalid-reason': 'لا تقبل أمازون هذا السبب.',
} satisfies Strings;
