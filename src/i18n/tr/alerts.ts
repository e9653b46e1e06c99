import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Uyarılar ({count})',
  'alerts.list': 'Açık uyarılar',
  'alerts.severity.info': 'Bilgi',
  'alerts.severity.warning': 'Uyarı',
  'alerts.severity.critical': 'Kritik',
  'alert.negative-feedback-unanswered':
    '{orderId} numaralı siparişteki {rating} yıldızlı geri bildirim {hours} saat veya daha uzun süredir yanıtsız.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} olumsuz geri bildirim yanıtsız.',
    other: '{count} olumsuz geri bildirim yanıtsız.',
  },
  'alert.critical-review-cluster': '{days} gün içinde {asin} ({product}) için {count} eleştirel değerlendirme.',
  'alert.metric-near-target': '{metric} hedefine yakın.',
  'alert.metric-over-target': '{metric} hedefini karşılamıyor.',
  'alert.metric-near-target.count': {
    one: '{count} ölçüm hedefine yakın.',
    other: '{count} ölçüm hedeflerine yakın.',
  },
  'alert.metric-over-target.count': {
    one: '{count} ölçüm hedefini karşılamıyor.',
    other: '{count} ölçüm hedeflerini karşılamıyor.',
  },
  'alert.rating-drop.ahr': 'Hesap Sağlığı Derecelendirmesi {from} değerinden {to} değerine düştü.',
  'alert.rating-drop.feedback': 'Geri bildirim puanı {from} yıldızdan {to} yıldıza düştü.',
  'alert.account-status-changed': 'Hesap durumu {from} iken {to} oldu.',
} satisfies Strings;
