import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Müşteriyle iletişime geç ile yalnızca 1–3 yıldızlı değerlendirmeler yanıtlanabilir.',
  'policy.reason.not-verified-purchase': 'Değerlendirme doğrulanmış bir satın alıma bağlı değil.',
  'policy.reason.not-seller-of-record': 'Bu değerlendirmenin ardındaki siparişin kayıtlı satıcısı siz değilsiniz.',
  'policy.reason.no-order-date': 'Sipariş tarihi bilinmiyor.',
  'policy.reason.order-too-old': 'Sipariş bir yıldan uzun süre önce verildi.',
  'policy.reason.not-brand-representative': 'Bu marka için Marka Temsilcisi rolüne sahip değilsiniz.',
  'policy.reason.not-professional': 'Müşteriyle iletişime geç özelliği Profesyonel satış hesabı gerektirir.',
  'policy.reason.account-not-in-good-standing': 'Hesabınız iyi durumda değil.',
  'policy.reason.already-contacted': 'Bu müşteriyle bu değerlendirme hakkında zaten iletişime geçildi.',
  'policy.reason.no-edit-permission': 'Müşteri Değerlendirmeleri için Görüntüleme ve Düzenleme iznine ihtiyacınız var.',
  'policy.reason.empty': 'Metin boş.',
  'policy.reason.length': 'Metin, Amazon’un izin verdiğinden uzun.',
  'policy.reason.retention-expired':
    'Bu değerlendirme artık Müşteri Değerlendirmeleri’nde değil: gösterim süresi sona erdi.',
  'policy.reason.invalid-reason': 'Amazon bu nedeni kabul etmiyor.',
} satisfies Strings;
