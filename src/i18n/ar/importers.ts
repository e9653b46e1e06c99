import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'هذا الملف ليس تقريرًا من أمازون يمكن للأداة قراءته. اختر تقرير ملاحظات البائع أو تقرير صحة الحساب.',
  'importers.wrong-file.feedback':
    'هذا الملف ليس تقرير ملاحظات البائع: لا يحتوي على أعمدة التاريخ والتقييم ورقم الطلب.',
  'importers.wrong-file.performance': 'هذا الملف ليس تقرير صحة الحساب: لا يحتوي على مقاييس أداء.',
  'importers.empty': 'الملف فارغ.',
  'importers.too-large': 'الملف كبير جدًا ({sizeMiB} MiB). الحد الأقصى {maxMiB} MiB.',
  'importers.truncated': 'ينتهي الملف قبل أوانه: يبدو مقطوعًا. نزّل التقرير مرة أخرى.',
  'importers.invalid-json': 'الملف ليس JSON صالحًا.',
  'importers.decode': 'تعذّرت قراءة الملف كنص {encoding}.',
  'importers.unknown-marketplace': 'متجر غير معروف: {marketplaceId}.',
  'importers.compressed': 'الملف مضغوط بتنسيق gzip وتعذّر فك ضغطه هنا. فك ضغطه ثم حاول مرة أخرى.',
  'importers.date-format.marketplace':
    'عناوين البريد الإلكتروني للمقيّمين في هذا الملف من {file}، لكن {selected} هو المحدد. اختر طريقة قراءة التواريخ: لم يُستورد شيء بعد.',
  'importers.date-format.dates':
    'لا يمكن قراءة جميع التواريخ في هذا الملف بالطريقة التي يكتبها بها {selected}. اختر طريقة قراءتها: لم يُستورد شيء بعد.',
  'importers.date-format.ambiguous':
    'يمكن قراءة كل تاريخ في هذا الملف بأكثر من طريقة، ولا شيء في الملف يحدد أيّها. اختر طريقة قراءتها: لم يُستورد شيء بعد.',
  'importers.warning.spammingSellerMessaging': 'تحذير: رسائل غير مرغوب فيها أو مفرطة إلى المشترين',
  'importers.warning.other': 'تحذير للحساب: {name}',
  'importers.column-count': 'السطر {line}: المتوقع {expected} أعمدة، ووُجد {found}. تم تخطي الصف.',
  'importers.bad-date': 'السطر {line}: «{value}» ليس تاريخًا بالتنسيق {format}. تم تخطي الصف.',
  'importers.bad-rating': 'السطر {line}: التقييم «{value}» ليس رقمًا من 1 إلى 5. تم تخطي الصف.',
  'importers.missing-order-id': 'السطر {line}: رقم الطلب مفقود. تم تخطي الصف.',
  'importers.rows-skipped': {
    zero: 'لم يُتخطَّ أي صف.',
    one: 'تم تخطي صف واحد.',
    two: 'تم تخطي صفّين.',
    few: 'تم تخطي {count} صفوف.',
    many: 'تم تخطي {count} صفًا.',
    other: 'تم تخطي {count} صف.',
  },
  'importers.positive-unknown':
    'يسرد تقرير ملاحظات البائع من أمازون الملاحظات ذات 1–3 نجوم فقط، لذا لا تُضمَّن الملاحظات الإيجابية.',
  'provider.reports.title': 'استخدم ملفات تقارير أمازون الخاصة بك',
  'provider.reports.hint':
    'أفلت أو اختر تقرير ملاحظات البائع (.txt/.tsv) وتقرير صحة الحساب (.json). تبقى الملفات في هذا المتصفح؛ لا يُرفع أي شيء.',
  'provider.reports.pick': 'اختيار ملفات التقارير',
  'provider.reports.drop': 'أفلت ملفات التقارير هنا',
  'provider.reports.reading': 'جارٍ قراءة {name}… {percent}',
  'provider.reports.loaded': {
    zero: 'تم تحميل {name}: لا صفوف.',
    one: 'تم تحميل {name}: صف واحد.',
    two: 'تم تحميل {name}: صفّان.',
    few: 'تم تحميل {name}: {count} صفوف.',
    many: 'تم تحميل {name}: {count} صفًا.',
    other: 'تم تحميل {name}: {count} صف.',
  },
  'provider.reports.problems': {
    zero: 'لم يُتخطَّ أي صف.',
    one: 'تم تخطي صف واحد.',
    two: 'تم تخطي صفّين.',
    few: 'تم تخطي {count} صفوف.',
    many: 'تم تخطي {count} صفًا.',
    other: 'تم تخطي {count} صف.',
  },
  'provider.reports.unreadable': 'تعذّرت قراءة الملف. ربما نُقل أو تغيّر؛ اختره مرة أخرى.',
  'provider.reports.unknown-file': '{name} ليس تقرير ملاحظات البائع ولا تقرير صحة الحساب.',
  'provider.reports.importing': 'جارٍ استيراد {name}… {percent}',
  'provider.reports.cancel': 'إلغاء',
  'provider.reports.cancelled': 'أُلغي استيراد {name}. لم يُستورد منه أي شيء.',
  'provider.reports.ask.title': 'كيف كُتبت التواريخ في {name}؟',
  'provider.reports.ask.option': 'اليوم والشهر بالتنسيق {format}',
  'provider.reports.ask.option-marketplace': 'اليوم والشهر بالتنسيق {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} هو {date}',
  'provider.reports.ask.sample-bad': '{text} ليس تاريخًا',
  'provider.reports.ask.rows': {
    zero: 'لا صفوف تُقرأ بهذه الطريقة.',
    one: 'صف واحد يُقرأ بهذه الطريقة.',
    two: 'صفّان يُقرآن بهذه الطريقة.',
    few: '{count} صفوف تُقرأ بهذه الطريقة.',
    many: '{count} صفًا يُقرأ بهذه الطريقة.',
    other: '{count} صف يُقرأ بهذه الطريقة.',
  },
  'provider.reports.ask.skip': 'عدم استيراد هذا الملف',
  'provider.reports.marketplace': 'متجر تقرير صحة الحساب',
  'provider.reports.marketplace-shown': 'عرض صحة الحساب لـ{marketplace}.',
  'provider.reports.marketplace-missing':
    'لا يحتوي تقرير صحة الحساب على إدخال لـ{selected}. يُعرض {marketplace}؛ اختر متجرًا آخر أدناه.',
  'provider.reports.used-marketplace': 'تُقرأ الملاحظات في {name} على أنها من {marketplace}.',
} satisfies Strings;
