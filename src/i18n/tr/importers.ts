import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Bu dosya, kitin okuyabildiği bir Amazon raporu değil. Bir Satıcı Geri Bildirimi raporu veya Hesap Sağlığı raporu seçin.',
  'importers.wrong-file.feedback':
    'Bu dosya bir Satıcı Geri Bildirimi raporu değil: Tarih, Puan ve Sipariş numarası sütunları yok.',
  'importers.wrong-file.performance': 'Bu dosya bir Hesap Sağlığı raporu değil: performans ölçümleri içermiyor.',
  'importers.empty': 'Dosya boş.',
  'importers.too-large': 'Dosya çok büyük ({sizeMiB} MiB). Sınır {maxMiB} MiB.',
  'importers.truncated': 'Dosya çok erken bitiyor: kesilmiş görünüyor. Raporu yeniden indirin.',
  'importers.invalid-json': 'Dosya geçerli bir JSON değil.',
  'importers.decode': 'Dosya {encoding} metni olarak okunamadı.',
  'importers.unknown-marketplace': 'Bilinmeyen pazar yeri: {marketplaceId}.',
  'importers.compressed': 'Dosya gzip ile sıkıştırılmış ve burada açılamadı. Dosyayı açıp yeniden deneyin.',
  'importers.date-format.marketplace':
    'Bu dosyadaki değerlendiren e-postaları {file} kaynaklı, ancak {selected} seçili. Tarihlerin nasıl okunacağını seçin: henüz hiçbir şey içe aktarılmadı.',
  'importers.date-format.dates':
    'Bu dosyadaki tarihlerin tümü {selected} biçiminde okunamıyor. Nasıl okunacaklarını seçin: henüz hiçbir şey içe aktarılmadı.',
  'importers.date-format.ambiguous':
    'Bu dosyadaki her tarih birden fazla şekilde okunabilir ve dosyada hangisi olduğunu gösteren bir şey yok. Nasıl okunacaklarını seçin: henüz hiçbir şey içe aktarılmadı.',
  'importers.warning.spammingSellerMessaging': 'Uyarı: alıcılara istenmeyen veya aşırı mesajlar',
  'importers.warning.other': 'Hesap uyarısı: {name}',
  'importers.column-count': 'Satır {line}: {expected} sütun bekleniyordu, {found} bulundu. Satır atlandı.',
  'importers.bad-date': 'Satır {line}: "{value}", {format} biçiminde bir tarih değil. Satır atlandı.',
  'importers.bad-rating': 'Satır {line}: "{value}" puanı 1 ile 5 arasında bir sayı değil. Satır atlandı.',
  'importers.missing-order-id': 'Satır {line}: sipariş numarası eksik. Satır atlandı.',
  'importers.rows-skipped': { one: '1 satır atlandı.', other: '{count} satır atlandı.' },
  'importers.positive-unknown':
    'Amazon’un Satıcı Geri Bildirimi raporu yalnızca 1–3 yıldızlı geri bildirimleri listeler, bu yüzden olumlu geri bildirimler dahil değildir.',
  'provider.reports.title': 'Amazon rapor dosyalarınızı kullanın',
  'provider.reports.hint':
    'Satıcı Geri Bildirimi raporunu (.txt/.tsv) ve Hesap Sağlığı raporunu (.json) bırakın veya seçin. Dosyalar bu tarayıcıda kalır; hiçbir şey yüklenmez.',
  'provider.reports.pick': 'Rapor dosyalarını seçin',
  'provider.reports.drop': 'Rapor dosyalarını buraya bırakın',
  'provider.reports.reading': '{name} okunuyor… {percent}',
  'provider.reports.loaded': { one: '{name} yüklendi: {count} satır.', other: '{name} yüklendi: {count} satır.' },
  'provider.reports.problems': { one: '{count} satır atlandı.', other: '{count} satır atlandı.' },
  'provider.reports.unreadable': 'Dosya okunamadı. Taşınmış veya değiştirilmiş olabilir; yeniden seçin.',
  'provider.reports.unknown-file': '{name} ne bir Satıcı Geri Bildirimi raporu ne de bir Hesap Sağlığı raporu.',
  'provider.reports.importing': '{name} içe aktarılıyor… {percent}',
  'provider.reports.cancel': 'İptal',
  'provider.reports.cancelled': '{name} içe aktarımı iptal edildi. Ondan hiçbir şey içe aktarılmadı.',
  'provider.reports.ask.title': '{name} içindeki tarihler nasıl yazılmış?',
  'provider.reports.ask.option': 'Gün ve ay {format} olarak',
  'provider.reports.ask.option-marketplace': 'Gün ve ay {format} olarak ({marketplace})',
  'provider.reports.ask.sample': '{text} = {date}',
  'provider.reports.ask.sample-bad': '{text} bir tarih değil',
  'provider.reports.ask.rows': {
    one: '{count} satır bu şekilde okunuyor.',
    other: '{count} satır bu şekilde okunuyor.',
  },
  'provider.reports.ask.skip': 'Bu dosyayı içe aktarma',
  'provider.reports.marketplace': 'Hesap Sağlığı raporunun pazar yeri',
  'provider.reports.marketplace-shown': '{marketplace} için Hesap Sağlığı gösteriliyor.',
  'provider.reports.marketplace-missing':
    'Hesap Sağlığı raporunda {selected} için kayıt yok. {marketplace} gösteriliyor; aşağıdan başka birini seçin.',
  'provider.reports.used-marketplace': '{name} içindeki geri bildirimler {marketplace} olarak okunuyor.',
} satisfies Strings;
