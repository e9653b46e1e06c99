import type { Strings } from '../types.js';

export default {
  'alerts.button': 'التنبيهات ({count})',
  'alerts.list': 'التنبيهات المفتوحة',
  'alerts.severity.info': 'معلومات',
  'alerts.severity.warning': 'تحذير',
  'alerts.severity.critical': 'حرج',
  'alert.negative-feedback-unanswered':
    'ملاحظات بتقييم {rating} من النجوم على الطلب {orderId} بلا رد منذ {hours} ساعة أو أكثر.',
  'alert.negative-feedback-unanswered.count': {
    zero: 'لا ملاحظات سلبية بلا رد.',
    one: 'ملاحظة سلبية واحدة بلا رد.',
    two: 'ملاحظتان سلبيتان بلا رد.',
    few: '{count} ملاحظات سلبية بلا رد.',
    many: '{count} ملاحظة سلبية بلا رد.',
    other: '{count} ملاحظة سلبية بلا رد.',
  },
  'alert.critical-review-cluster': 'مراجعات انتقادية لـ {asin} ({product}) خلال {days} أيام: {count}.',
  'alert.metric-near-target': '{metric} قريب من هدفه.',
  'alert.metric-over-target': '{metric} لا يحقق هدفه.',
  'alert.metric-near-target.count': {
    zero: 'لا مقاييس قريبة من أهدافها.',
    one: 'مقياس واحد قريب من هدفه.',
    two: 'مقياسان قريبان من هدفيهما.',
    few: '{count} مقاييس قريبة من أهدافها.',
    many: '{count} مقياسًا قريبًا من أهدافه.',
    other: '{count} مقياس قريب من أهدافه.',
  },
  'alert.metric-over-target.count': {
    zero: 'لا مقاييس لا تحقق أهدافها.',
    one: 'مقياس واحد لا يحقق هدفه.',
    two: 'مقياسان لا يحققان هدفيهما.',
    few: '{count} مقاييس لا تحقق أهدافها.',
    many: '{count} مقياسًا لا يحقق أهدافه.',
    other: '{count} مقياس لا يحقق أهدافه.',
  },
  'alert.rating-drop.ahr': 'انخفض تصنيف صحة الحساب من {from} إلى {to}.',
  'alert.rating-drop.feedback': 'انخفض تقييم الملاحظات من {from} إلى {to} من النجوم.',
  'alert.account-status-changed': 'تغيّرت حالة الحساب من {from} إلى {to}.',
} satisfies Strings;
