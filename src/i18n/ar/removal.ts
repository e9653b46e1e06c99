import type { Strings } from '../types.js';

/** Feedback removal strings (src/policy/removal.ts, src/policy/feedback.ts): refusal reasons, Amazon's criteria, the FBA note. */
export default {
  'policy.removal-reason.too-old': 'لا يمكن طلب الإزالة إلا خلال {days} يومًا من الملاحظة.',
  'policy.removal-reason.already-requested': 'يوجد طلب إزالة قيد الانتظار بالفعل.',
  'policy.removal-reason.already-decided': 'اتخذت أمازون قرارها بشأن هذه الملاحظة بالفعل.',
  'policy.criterion.personal-data': 'تحتوي على معلومات شخصية',
  'policy.criterion.obscene': 'تحتوي على لغة بذيئة أو نابية',
  'policy.criterion.product-review': 'مراجعة للمنتج بالكامل',
  'policy.criterion.fba-delivery': 'تتناول بالكامل توصيلًا نفّذته أمازون',
  'policy.removal.fba-message': 'تم تنفيذ هذا المنتج بواسطة أمازون، ونحن نتحمّل مسؤولية تجربة التنفيذ هذه.',
} satisfies Strings;
