import type { Strings } from '../types.js';

export default {
  'sc.reply': 'الرد في Seller Central',
  'sc.remove-reply': 'إزالة الرد في Seller Central',
  'sc.request-removal': 'طلب الإزالة في Seller Central',
  'sc.ask-buyer': 'مطالبة المشتري بالإزالة في Seller Central',
  'sc.comment': 'التعليق في Seller Central',
  'sc.contact': 'التواصل مع العميل في Seller Central',
  'sc.new-tab': '(يُفتح في علامة تبويب جديدة)',
  'feedback.ask-buyer': 'مطالبة المشتري بالإزالة',
  'feedback.ask-buyer.title': 'هل تطلب من المشتري إزالة هذه الملاحظات؟',
  'feedback.ask-buyer.body':
    'فقط بعد أن تحل مشكلة المشتري. ترسل Amazon إلى المشتري رسالتها الخاصة تطلب منه إزالة الملاحظات؛ يمكنك الطلب مرة واحدة لكل طلب، ولا تعرض أي شيء في المقابل أبدًا.',
  'feedback.ask-buyer.confirm': 'تم حل المشكلة: اطلب من المشتري',
  'feedback.ask-buyer.asked-on': 'طُلب من المشتري إزالتها في {date}',
  'feedback.ask-buyer.done': 'طُلب من المشتري إزالة الملاحظات.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'لا تتيح Amazon لهذا الطلب رسالتها التي تطلب من المشتري إزالة الملاحظات: ربما فات الأوان، أو أُرسلت بالفعل، أو لم تعد متاحة.',
  'feedback.reason.manual-only': 'لا توفر Amazon طريقة للقيام بذلك من هنا: قم به في Seller Central.',
} satisfies Strings;
