import type { Strings } from '../types.js';

export default {
  'sc.reply': 'Seller Central’da yanıtla',
  'sc.remove-reply': 'Yanıtı Seller Central’da kaldır',
  'sc.request-removal': 'Seller Central’da kaldırma iste',
  'sc.ask-buyer': 'Seller Central’da alıcıdan kaldırmasını iste',
  'sc.comment': 'Seller Central’da yorum yap',
  'sc.contact': 'Seller Central’da müşteriyle iletişime geç',
  'sc.new-tab': '(yeni sekmede açılır)',
  'feedback.ask-buyer': 'Alıcıdan kaldırmasını iste',
  'feedback.ask-buyer.title': 'Alıcıdan bu geri bildirimi kaldırması istensin mi?',
  'feedback.ask-buyer.body':
    'Yalnızca alıcının sorununu çözdükten sonra. Amazon, alıcıya geri bildirimi kaldırmasını isteyen kendi mesajını gönderir; bunu sipariş başına bir kez isteyebilirsiniz ve karşılığında asla bir şey teklif etmemelisiniz.',
  'feedback.ask-buyer.confirm': 'Sorun çözüldü: alıcıya sor',
  'feedback.ask-buyer.asked-on': 'Alıcıdan {date} tarihinde kaldırması istendi',
  'feedback.ask-buyer.done': 'Alıcıdan geri bildirimi kaldırması istendi.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon bu sipariş için alıcıdan geri bildirimi kaldırmasını isteyen mesajını sunmuyor: çok geç olabilir, mesaj zaten gönderilmiş olabilir ya da artık sunulmuyor olabilir.',
  'feedback.reason.manual-only': 'Amazon bunu buradan yapmanın bir yolunu sunmuyor: Seller Central’da yapın.',
} satisfies Strings;
