import type { Strings } from '../types.js';

/** Compliance linter strings (src/policy/lint.ts): finding messages and clause titles. They load with the linter. */
export default {
  'policy.lint.length': 'Çok uzun: {length} karakter, sınır {limit}.',
  'policy.lint.email': 'E-posta adresini kaldırın.',
  'policy.lint.phone': 'Telefon numarasını kaldırın.',
  'policy.lint.phone-warning':
    'Telefon numaralarına yalnızca garanti, kargo şirketi veya üretici iletişimi için izin verilir.',
  'policy.lint.url': 'Bağlantıyı kaldırın.',
  'policy.lint.url-warning': 'Bağlantılara yalnızca siparişi tamamlamak için gerektiğinde izin verilir.',
  'policy.lint.html': 'HTML işaretlemesini kaldırın.',
  'policy.lint.emoji': 'Emojiyi kaldırın: alıcı mesajları emoji içeremez.',
  'policy.lint.ask-positive':
    'Olumlu değerlendirme veya geri bildirim istemeyin ve yalnızca memnun alıcılara sormayın.',
  'policy.lint.review-change':
    'Bir müşteriden asla değerlendirmesini değiştirmesini, güncellemesini veya kaldırmasını istemeyin.',
  'policy.lint.feedback-pressure':
    'Alıcıdan geri bildirimini değiştirmesini veya kaldırmasını istemeyin. Yalnızca güncelleyebileceğini söyleyebilirsiniz.',
  'policy.lint.incentive': 'Değerlendirme veya geri bildirim karşılığında para iadesi dahil hiçbir şey teklif etmeyin.',
  'policy.lint.refund-offer':
    'Herkese açık bir yorum para iadesi veya başka bir şey (değişim, indirim, ücretsiz ürün) teklif edemez. Bunun yerine Müşteriyle iletişime geç veya Alıcı-Satıcı Mesajlaşma’yı kullanın.',
  'policy.lint.refund-offer-warning':
    'Herkese açık bir yanıt, para iadesi veya başka bir şey teklif etmenin yeri değildir. Bunun yerine Alıcı-Satıcı Mesajlaşma’yı düşünün.',
  'policy.lint.marketing':
    'Pazarlama içeriğini kaldırın: alıcı mesajları ve herkese açık yorumlar ürün tanıtamaz, takip etmeyi veya abone olmayı isteyemez ya da abonelikten çıkma bağlantıları içeremez.',
  'policy.lint.contact-first':
    'Alıcılardan değerlendirme veya geri bildirim bırakmadan önce ya da bunun yerine sizinle iletişime geçmelerini istemeyin.',
  'policy.lint.repeat-request':
    'Değerlendirme veya geri bildirimi sipariş başına yalnızca bir kez isteyin: hatırlatma yok.',
  'policy.lint.abuse': 'Profesyonel kalın: tehdit, alıcıya suçlama veya küfür yok.',
  'policy.lint.personal-name': 'Alıcının adını kaldırın: herkese açık metin kişisel veri içeremez.',
  'policy.lint.handle': 'Sosyal medya kullanıcı adını kaldırın.',
  'policy.lint.off-platform': 'Konuşmayı Amazon’da tutun: dış kanal, arama veya ödeme hesabı yok.',
  'policy.lint.fix.apply': 'Uygula',
  'policy.lint.fix.replace': 'Önerilen yeniden yazım: “{replacement}”',
  'policy.lint.fix.remove': 'Önerilen düzeltme: kaldırın.',
  'policy.lint.fix.apply-replace': 'Uygula: “{text}” yerine “{replacement}” yaz',
  'policy.lint.fix.apply-remove': 'Uygula: “{text}” kaldır',
  'policy.lint.fix.applied': 'Öneri uygulandı; metin yeniden kontrol edildi.',
  'policy.clause.messaging.length': 'Alıcı mesajları 4.000 karakterden kısa olmalıdır.',
  'policy.clause.messaging.no-email': 'Alıcı mesajları e-posta adresi içeremez.',
  'policy.clause.messaging.phone': 'Telefon numaraları yalnızca garanti, kargo şirketi veya üretici iletişimi için.',
  'policy.clause.messaging.links': 'Bağlantılar yalnızca siparişi tamamlamak için gerektiğinde.',
  'policy.clause.messaging.no-html': 'Alıcı mesajları HTML içeremez.',
  'policy.clause.messaging.no-emoji': 'Alıcı mesajları emoji içeremez.',
  'policy.clause.messaging.no-marketing':
    'Alıcı mesajları pazarlama içeriği veya abonelikten çıkma bağlantısı içeremez.',
  'policy.clause.reviews.comment-length': 'Değerlendirme yorumlarını kısa tutun.',
  'policy.clause.reviews.comment-no-contact': 'Herkese açık yorumlar e-posta adresi veya telefon numarası içeremez.',
  'policy.clause.reviews.comment-no-promotion': 'Herkese açık yorumlar promosyon veya bağlantı içeremez.',
  'policy.clause.reviews.comment-no-refund': 'Herkese açık yorumlar para iadesi veya başka bir şey teklif edemez.',
  'policy.clause.reviews.no-positive-request':
    'Asla olumlu değerlendirme veya geri bildirim istemeyin ya da yalnızca memnun alıcılara sormayın.',
  'policy.clause.reviews.no-change-request':
    'Bir müşteriden asla değerlendirmesini değiştirmesini veya kaldırmasını istemeyin.',
  'policy.clause.reviews.no-incentives':
    'Değerlendirme veya geri bildirim için para iadesi dahil asla bir şey teklif etmeyin.',
  'policy.clause.feedback.reply-length': 'Geri bildirimlere verilen herkese açık yanıtları kısa tutun.',
  'policy.clause.feedback.reply-public': 'Herkese açık yanıt, alıcıyla konuşmanın yeri değildir.',
  'policy.clause.feedback.no-pressure':
    'Alıcının geri bildirimini güncelleyebileceğini söyleyebilirsiniz; baskı yapmak yasaktır.',
  'policy.clause.reviews.no-diverting':
    'Alıcılardan asla değerlendirme veya geri bildirim bırakmadan önce ya da bunun yerine sizinle iletişime geçmelerini istemeyin.',
  'policy.clause.messaging.one-request': 'Sipariş başına en fazla bir değerlendirme veya geri bildirim talebi.',
  'policy.clause.messaging.no-off-platform': 'Alıcıyla iletişimi Amazon’da tutun: dış kanal veya ödeme hesabı yok.',
  'policy.clause.public.professional':
    'Herkese açık yorumlar ve yanıtlar profesyonel kalır: tehdit, suçlama veya küfür yok.',
  'policy.clause.public.no-personal-data': 'Herkese açık metin alıcının adını veya başka kişisel verileri içeremez.',
} satisfies Strings;
