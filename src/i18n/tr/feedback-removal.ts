import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'Amazon geri bildirimi yalnızca müstehcen veya küfürlü sözler içeriyorsa, sizinle ilgili kişisel veriler (e-posta adresleri, tam adlar, telefon numaraları) içeriyorsa ya da tamamen bir ürün değerlendirmesiyse kaldırır. Tamamen Amazon tarafından gerçekleştirilen bir teslimatla ilgili geri bildirimin ise üzeri çizilir. Tahmine dayalı talepler kabul edilmez.',
  'feedback.removal.candidates': 'Yorumun içerdiği anlaşılanlar',
  'feedback.removal.no-candidates': 'Yorum, Amazon’un ölçütlerinden hiçbirini açıkça karşılamıyor.',
  'feedback.removal.confidence.high': 'yüksek güven',
  'feedback.removal.confidence.medium': 'orta güven',
  'feedback.removal.confidence.low': 'düşük güven',
  'feedback.removal.pick': 'Geri bildirim hangi ölçütü karşılıyor?',
  'feedback.removal.reason.personal-data': 'Kişisel veri içeriyor',
  'feedback.removal.reason.obscene': 'Müstehcen veya küfürlü dil',
  'feedback.removal.reason.product-review': 'Tamamen bir ürün değerlendirmesi',
  'feedback.removal.reason.fba-delivery': 'Tamamen Amazon tarafından gerçekleştirilen bir teslimatla ilgili',
  'feedback.removal.fba-only':
    'Teslimatla ilgili geri bildirimin üzeri yalnızca Amazon tarafından gönderilen siparişlerde çizilir.',
  'feedback.removal.submit': 'Talebi gönder',
  'feedback.removal.outcome.requested': 'Talep alındı. Amazon geri bildirimi inceleyecek.',
  'feedback.removal.outcome.denied': 'Korundu: Amazon politika ihlali bulmadı.',
  'feedback.removal.outcome.struck-through': 'Üzeri çizildi: geri bildirim artık puanınıza dahil edilmiyor.',
  'feedback.removal.outcome.removed': 'Kaldırıldı: geri bildirim artık puanınıza dahil edilmiyor.',
  'feedback.local.removal':
    'Talep yalnızca bu tarayıcıda not edildi; Amazon’a bildirilmedi. Kaldırmayı Seller Central’da talep edin.',
} satisfies Strings;
