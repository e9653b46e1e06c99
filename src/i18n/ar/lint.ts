import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.',
  'policy.lint.email': 'أزل عنوان البريد الإلكتروني.',
  'policy.lint.phone': 'أزل رقم الهاتف.',
  'policy.lint.phone-warning': 'لا يُسمح بأرقام الهواتف إلا لجهات اتصال الضمان أو شركة الشحن أو الشركة المصنّعة.',
  'policy.lint.url': 'أزل الرابط.',
  'policy.lint.url-warning': 'لا يُسمح بالروابط إلا عند الحاجة إليها لإتمام الطلب.',
  'policy.lint.html': 'أزل ترميز HTML.',
  'policy.lint.emoji': 'أزل الرموز التعبيرية: لا يجوز أن تحتوي رسائل المشترين على رموز تعبيرية.',
  'policy.lint.ask-positive': 'لا تطلب مراجعات أو ملاحظات إيجابية، ولا تطلبها من المشترين الراضين فقط.',
  'policy.lint.review-change': 'لا تطلب أبدًا من العميل تغيير مراجعة أو تحديثها أو إزالتها.',
  'policy.lint.feedback-pressure':
    'لا تطلب من المشتري تغيير الملاحظة أو إزالتها. يمكنك فقط أن تذكر أنه يستطيع تحديثها.',
  'policy.lint.incentive': 'لا تعرض أي شيء، بما في ذلك استرداد المبلغ، مقابل مراجعة أو ملاحظة.',
  'policy.lint.refund-offer':
    'لا يجوز أن يعرض التعليق العام استردادًا للمبلغ أو أي شيء آخر (بديلًا أو خصمًا أو منتجًا مجانيًا). استخدم «التواصل مع العميل» أو المراسلة بين المشتري والبائع بدلًا من ذلك.',
  'policy.lint.refund-offer-warning':
    'الرد العام ليس المكان المناسب لعرض استرداد المبلغ أو أي شيء آخر. فكّر في المراسلة بين المشتري والبائع بدلًا من ذلك.',
  'policy.lint.marketing':
    'أزل المحتوى التسويقي: لا يجوز أن تروّج رسائل المشترين والتعليقات العامة للمنتجات أو تطلب المتابعة أو الاشتراك أو تتضمن روابط إلغاء الاشتراك.',
  'policy.lint.contact-first': 'لا تطلب من المشترين التواصل معك قبل ترك مراجعة أو ملاحظة أو بدلًا من ذلك.',
  'policy.lint.repeat-request': 'اطلب مراجعة أو ملاحظة مرة واحدة فقط لكل طلب: بلا تذكيرات.',
  'policy.lint.abuse': 'حافظ على الاحترافية: لا تهديدات ولا اتهامات للمشتري ولا ألفاظ نابية.',
  'policy.lint.personal-name': 'أزل اسم المشتري: لا يجوز أن يحمل النص العام بيانات شخصية.',
  'policy.lint.handle': 'أزل اسم المستخدم على وسائل التواصل الاجتماعي.',
  'policy.lint.off-platform': 'أبقِ المحادثة على أمازون: لا قنوات خارجية ولا مكالمات ولا حسابات دفع.',
  'policy.lint.fix.apply': 'تطبيق',
  'policy.lint.fix.replace': 'إعادة صياغة مقترحة: «{replacement}»',
  'policy.lint.fix.remove': 'الإصلاح المقترح: إزالته.',
  'policy.lint.fix.apply-replace': 'تطبيق: استبدال «{text}» بـ«{replacement}»',
  'policy.lint.fix.apply-remove': 'تطبيق: إزالة «{text}»',
  'policy.lint.fix.applied': 'تم تطبيق الاقتراح؛ وأُعيد فحص النص.',
  'policy.clause.messaging.length': 'يجب أن تكون رسائل المشترين أقل من 4000 حرف.',
  'policy.clause.messaging.no-email': 'لا يجوز أن تحتوي رسائل المشترين على عناوين بريد إلكتروني.',
  'policy.clause.messaging.phone': 'أرقام الهواتف فقط لجهات اتصال الضمان أو شركة الشحن أو الشركة المصنّعة.',
  'policy.clause.messaging.links': 'الروابط فقط عند الحاجة إليها لإتمام الطلب.',
  'policy.clause.messaging.no-html': 'لا يجوز أن تحتوي رسائل المشترين على HTML.',
  'policy.clause.messaging.no-emoji': 'لا يجوز أن تحتوي رسائل المشترين على رموز تعبيرية.',
  'policy.clause.messaging.no-marketing': 'لا يجوز أن تحتوي رسائل المشترين على محتوى تسويقي أو روابط إلغاء الاشتراك.',
  'policy.clause.reviews.comment-length': 'اجعل التعليقات على المراجعات قصيرة.',
  'policy.clause.reviews.comment-no-contact':
    'لا يجوز أن تحتوي التعليقات العامة على عناوين بريد إلكتروني أو أرقام هواتف.',
  'policy.clause.reviews.comment-no-promotion': 'لا يجوز أن تحتوي التعليقات العامة على عروض ترويجية أو روابط.',
  'policy.clause.reviews.comment-no-refund': 'لا يجوز أن تعرض التعليقات العامة استردادًا للمبلغ أو أي شيء آخر.',
  'policy.clause.reviews.no-positive-request':
    'لا تطلب أبدًا مراجعات أو ملاحظات إيجابية، ولا تطلبها من المشترين الراضين فقط.',
  'policy.clause.reviews.no-change-request': 'لا تطلب أبدًا من العميل تغيير مراجعة أو إزالتها.',
  'policy.clause.reviews.no-incentives': 'لا تعرض أبدًا أي شيء مقابل مراجعة أو ملاحظة، بما في ذلك استرداد المبلغ.',
  'policy.clause.feedback.reply-length': 'اجعل الردود العامة على الملاحظات قصيرة.',
  'policy.clause.feedback.reply-public': 'الرد العام ليس المكان المناسب للتحدث مع المشتري.',
  'policy.clause.feedback.no-pressure': 'يمكنك أن تذكر أن المشتري يستطيع تحديث الملاحظة؛ الضغط غير مسموح به.',
  'policy.clause.reviews.no-diverting': 'لا تطلب أبدًا من المشترين التواصل معك قبل ترك مراجعة أو ملاحظة أو بدلًا من ذلك.',
  'policy.clause.messaging.one-request': 'طلب مراجعة أو ملاحظة واحد على الأكثر لكل طلب.',
  'policy.clause.messaging.no-off-platform': 'أبقِ التواصل مع المشترين على أمازون: لا قنوات خارجية ولا حسابات دفع.',
  'policy.clause.public.professional':
    'تبقى التعليقات والردود العامة احترافية: لا تهديدات ولا اتهامات ولا ألفاظ نابية.',
  'policy.clause.public.no-personal-data': 'لا يجوز أن يذكر النص العام اسم المشتري أو يحمل بيانات شخصية أخرى.',
} satisfies Strings;
