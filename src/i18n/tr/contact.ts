import type { Strings } from '../types.js';

export default {
  'contact.title': 'Müşteriyle iletişime geç',
  'contact.reason.legend': 'Müşteriyle iletişime geçme nedeni',
  'contact.reason.courtesy-refund': 'Nezaketen para iadesi',
  'contact.reason.courtesy-refund.hint': 'Müşteriye tam para iadesi teklif eder.',
  'contact.reason.customer-support': 'Müşteri desteği',
  'contact.reason.customer-support.hint':
    'Müşteriden, Alıcı-Satıcı Mesajlaşma üzerinden kendisiyle iletişime geçmek için izin ister.',
  'contact.preview.title': 'Mesaj önizlemesi',
  'contact.preview.note': 'Amazon bu mesajı sabit bir şablondan gönderir. Düzenlenemez.',
  'contact.preview.subject': 'Konu',
  'contact.preview.unavailable': 'Bu şablonun metni kullanılamıyor.',
  'contact.review.product': 'Ürün',
  'contact.review.rating': 'Puan',
  'contact.review.title': 'Değerlendirme başlığı',
  'contact.loading': 'Değerlendirme yükleniyor…',
  'contact.no-review': 'Bu iletişim kutusuna bir değerlendirme verilmedi.',
  'contact.ineligible.title': 'Müşteriyle iletişime geçilemiyor',
  'contact.ineligible.intro':
    'Amazon, Müşteriyle iletişime geçme özelliğine yalnızca tüm koşullar karşılandığında izin verir. Karşılanmayan:',
  'contact.sent.title': 'Mesaj gönderildi',
  'contact.sent.body':
    'Amazon “{reason}” mesajını {date} tarihinde gönderdi. Müşteri mesajı Mesaj Merkezi’nde görür; yanıtlar alıcı-satıcı mesajı olarak gelir.',
  'contact.failed.title': 'Mesaj gönderilmedi',
  'contact.failed.retry': 'Seçiminiz korunuyor. Yeniden denemek için Gönder’i seçin; mesaj asla iki kez gönderilmez.',
  'contact.conflict.title': 'Müşteriyle zaten iletişime geçildi',
  'contact.conflict.body':
    'Bu müşteriyle bu değerlendirme hakkında zaten iletişime geçildi. Amazon değerlendirme başına bir iletişime izin verir, bu yüzden başka bir şey gönderilmedi.',
  'policy.template.courtesy-refund.subject': 'Siparişiniz için nezaketen para iadesi',
  'policy.template.courtesy-refund.body':
    'Merhaba,\n\n{productTitle} satın alımınızın beklentilerinizi karşılamadığı için üzgünüz. Nezaketen, bu sipariş için size tam para iadesi teklif etmek istiyoruz. Kabul etmek için Mesaj Merkezi’nizde bu mesajı yanıtlamanız yeterli.\n\nSaygılarımızla,\n{sellerName}',
  'policy.template.customer-support.subject': 'Satın alımınızla ilgili yardımcı olabilir miyiz?',
  'policy.template.customer-support.body':
    'Merhaba,\n\n{productTitle} ile ilgili bir sorun yaşamış olabileceğinizi fark ettik. Yardımcı olmak istiyoruz. Sizinle Alıcı-Satıcı Mesajlaşma üzerinden iletişime geçebilir miyiz? Cevabınız evetse lütfen Mesaj Merkezi’nizde bu mesajı yanıtlayın.\n\nSaygılarımızla,\n{sellerName}',
} satisfies Strings;
