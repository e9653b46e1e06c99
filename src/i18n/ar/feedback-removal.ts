import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'لا تزيل أمازون الملاحظة إلا إذا احتوت على كلمات بذيئة أو نابية، أو على بيانات شخصية عنك (عناوين بريد إلكتروني، أسماء كاملة، أرقام هواتف)، أو كانت بالكامل مراجعة للمنتج. أما الملاحظة التي تتناول بالكامل توصيلًا نفّذته أمازون فيُشطب عليها بدلًا من ذلك. الطلبات القائمة على التخمين غير مسموح بها.',
  'feedback.removal.candidates': 'ما يبدو أن التعليق يحتويه',
  'feedback.removal.no-candidates': 'لا يستوفي التعليق بوضوح أيًا من معايير أمازون.',
  'feedback.removal.confidence.high': 'ثقة عالية',
  'feedback.removal.confidence.medium': 'ثقة متوسطة',
  'feedback.removal.confidence.low': 'ثقة منخفضة',
  'feedback.removal.pick': 'أي معيار تستوفيه الملاحظة؟',
  'feedback.removal.reason.personal-data': 'تحتوي على بيانات شخصية',
  'feedback.removal.reason.obscene': 'لغة بذيئة أو نابية',
  'feedback.removal.reason.product-review': 'مراجعة للمنتج بالكامل',
  'feedback.removal.reason.fba-delivery': 'تتناول بالكامل توصيلًا نفّذته أمازون',
  'feedback.removal.fba-only': 'لا يُشطب على ملاحظات التوصيل إلا في الطلبات التي نفّذتها أمازون.',
  'feedback.removal.submit': 'إرسال الطلب',
  'feedback.removal.outcome.requested': 'تم استلام الطلب. ستراجع أمازون الملاحظة.',
  'feedback.removal.outcome.denied': 'محتفَظ بها: لم تجد أمازون أي انتهاك للسياسة.',
  'feedback.removal.outcome.struck-through': 'مشطوب عليها: لم تعد الملاحظة تُحتسب في تقييمك.',
  'feedback.removal.outcome.removed': 'أُزيلت: لم تعد الملاحظة تُحتسب في تقييمك.',
  'feedback.local.removal': 'سُجّل الطلب في هذا المتصفح فقط؛ ولم تُبلَّغ أمازون. اطلب الإزالة في Seller Central.',
} satisfies Strings;
