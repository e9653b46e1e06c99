import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'رد عام',
  'feedback.reply.hint': 'يمكن لكل متسوّق قراءة هذا الرد. لا يغيّر تقييمك وليس المكان المناسب للتحدث مع المشتري.',
  'feedback.reply.length': '{count} من {limit} حرف.',
  'feedback.reply.submit': 'نشر الرد',
  'feedback.reply.confirm.title': 'هل تريد نشر هذا الرد العام؟',
  'feedback.reply.confirm.body': 'لا يمكن تغيير الرد بعد نشره. يمكنك إزالته فقط.',
  'feedback.reply.confirm.submit': 'نشر الرد',
  'feedback.reply.remove.title': 'هل تريد إزالة هذا الرد؟',
  'feedback.reply.remove.body': 'لن يظهر ردك العام بعد الآن أسفل هذه الملاحظة.',
  'feedback.reply.remove.submit': 'إزالة الرد',
  'feedback.reply.posted': 'تم نشر الرد.',
  'feedback.reply.removed': 'تمت إزالة الرد.',
  'feedback.lint.error': 'يجب تصحيحه:',
  'feedback.lint.warning': 'تحقّق:',
  'feedback.local.reply.posted': 'حُفظ الرد في هذا المتصفح فقط؛ ولم تُبلَّغ أمازون.',
  'feedback.local.reply.removed': 'أُزيل الرد في هذا المتصفح فقط؛ ولم تُبلَّغ أمازون.',
} satisfies Strings;
