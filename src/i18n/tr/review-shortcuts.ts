import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'Bir değerlendirmedeyken, odak bir metin alanında değilse:',
  'review-list.shortcuts.key': 'Tuş',
  'review-list.shortcuts.action': 'İşlem',
  'review-list.shortcuts.next': 'Sonraki değerlendirme',
  'review-list.shortcuts.previous': 'Önceki değerlendirme',
  'review-list.shortcuts.select': 'Değerlendirmeyi seç veya seçimi kaldır',
  'review-list.shortcuts.done': 'Tamamlandı olarak işaretle veya geri yükle',
  'review-list.shortcuts.comment': 'Yorum yap',
  'review-list.shortcuts.contact': 'Müşteriyle iletişime geç',
  'review-list.shortcuts.help': 'Bu kısayolları göster',
  'review-list.shortcuts.enable': 'Tek tuşlu kısayolları kullan',
  'review-list.shortcuts.close': 'Kapat',
} satisfies Strings;
