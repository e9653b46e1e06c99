import type { Strings } from '../types.js';

export default {
  'contact.title': 'التواصل مع العميل',
  'contact.reason.legend': 'سبب التواصل مع العميل',
  'contact.reason.courtesy-refund': 'استرداد مجاملة',
  'contact.reason.courtesy-refund.hint': 'يعرض على العميل استردادًا كاملًا للمبلغ.',
  'contact.reason.customer-support': 'دعم العملاء',
  'contact.reason.customer-support.hint': 'يطلب من العميل الإذن بالتواصل معه عبر المراسلة بين المشتري والبائع.',
  'contact.preview.title': 'معاينة الرسالة',
  'contact.preview.note': 'ترسل أمازون هذه الرسالة من نموذج ثابت. لا يمكن تعديلها.',
  'contact.preview.subject': 'الموضوع',
  'contact.preview.unavailable': 'نص هذا النموذج غير متاح.',
  'contact.review.product': 'المنتج',
  'contact.review.rating': 'التقييم',
  'contact.review.title': 'عنوان المراجعة',
  'contact.loading': 'جارٍ تحميل المراجعة…',
  'contact.no-review': 'لم تُمرَّر أي مراجعة إلى مربع الحوار هذا.',
  'contact.ineligible.title': 'يتعذّر التواصل مع العميل',
  'contact.ineligible.intro': 'لا تسمح أمازون بالتواصل مع العميل إلا عند استيفاء جميع الشروط. الشروط غير المستوفاة:',
  'contact.sent.title': 'تم إرسال الرسالة',
  'contact.sent.body':
    'أرسلت أمازون رسالة «{reason}» في {date}. يراها العميل في مركز الرسائل لديه؛ وتصل الردود كرسائل بين المشتري والبائع.',
  'contact.failed.title': 'لم تُرسَل الرسالة',
  'contact.failed.retry': 'تم الاحتفاظ باختيارك. اختر «إرسال» لإعادة المحاولة؛ لن تُرسَل الرسالة مرتين أبدًا.',
  'contact.conflict.title': 'تم التواصل مع العميل بالفعل',
  'contact.conflict.body':
    'تم التواصل مع هذا العميل بالفعل بشأن هذه المراجعة. تسمح أمازون بتواصل واحد لكل مراجعة، لذا لم يُرسَل شيء آخر.',
  'policy.template.courtesy-refund.subject': 'استرداد مجاملة لطلبك',
  'policy.template.courtesy-refund.body':
    'مرحبًا،\n\nنأسف لأن شراءك {productTitle} لم يلبِّ توقعاتك. على سبيل المجاملة، نودّ أن نقدّم لك استردادًا كاملًا لمبلغ هذا الطلب. لقبوله، ما عليك سوى الرد على هذه الرسالة في مركز الرسائل.\n\nمع أطيب التحيات،\n{sellerName}',
  'policy.template.customer-support.subject': 'هل يمكننا مساعدتك في مشترياتك؟',
  'policy.template.customer-support.body':
    'مرحبًا،\n\nلاحظنا أنك ربما واجهت مشكلة مع {productTitle}. نودّ مساعدتك. هل تسمح لنا بالتواصل معك عبر المراسلة بين المشتري والبائع؟ إن كان الأمر كذلك، يرجى الرد على هذه الرسالة في مركز الرسائل.\n\nمع أطيب التحيات،\n{sellerName}',
} satisfies Strings;
