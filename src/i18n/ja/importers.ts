import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'このファイルは読み込めるAmazonレポートではありません。出品者評価レポートまたはアカウント健全性レポートを選択してください。',
  'importers.wrong-file.feedback':
    'このファイルは出品者評価レポートではありません。Date、Rating、Order IDの列がありません。',
  'importers.wrong-file.performance':
    'このファイルはアカウント健全性レポートではありません。パフォーマンス指標が含まれていません。',
  'importers.empty': 'ファイルが空です。',
  'importers.too-large': 'ファイルが大きすぎます（{sizeMiB} MiB）。上限は{maxMiB} MiBです。',
  'importers.truncated':
    'ファイルが途中で終わっています。途中で切れているようです。レポートをもう一度ダウンロードしてください。',
  'importers.invalid-json': 'ファイルが有効なJSONではありません。',
  'importers.decode': 'ファイルを{encoding}のテキストとして読み込めませんでした。',
  'importers.unknown-marketplace': '不明なマーケットプレイスです: {marketplaceId}',
  'importers.compressed':
    'ファイルは gzip で圧縮されており、ここでは展開できませんでした。展開してから、もう一度お試しください。',
  'importers.date-format.marketplace':
    'このファイルの評価者のメールアドレスは {file} のものですが、{selected} が選択されています。日付の読み方を選んでください。まだ何もインポートしていません。',
  'importers.date-format.dates':
    'このファイルの日付は、{selected} の書き方ではすべてを読めません。読み方を選んでください。まだ何もインポートしていません。',
  'importers.date-format.ambiguous':
    'このファイルの日付はどれも複数の読み方ができ、ファイル内に決め手がありません。読み方を選んでください。まだ何もインポートしていません。',
  'importers.warning.spammingSellerMessaging': '警告：購入者への不要または過剰なメッセージ',
  'importers.warning.other': 'アカウントの警告：{name}',
  'importers.column-count': '{line}行目: {expected}列のはずが{found}列あります。この行はスキップされました。',
  'importers.bad-date': '{line}行目: 「{value}」は{format}形式の日付ではありません。この行はスキップされました。',
  'importers.bad-rating': '{line}行目: 評価「{value}」は1～5の数値ではありません。この行はスキップされました。',
  'importers.missing-order-id': '{line}行目: 注文番号がありません。この行はスキップされました。',
  'importers.rows-skipped': { other: '{count}行がスキップされました。' },
  'importers.positive-unknown':
    'Amazonの出品者評価レポートには星1～3の評価のみが含まれるため、良い評価は含まれていません。',

  'provider.reports.title': 'Amazonのレポートファイルを使う',
  'provider.reports.hint':
    '出品者評価レポート（.txt/.tsv）とアカウント健全性レポート（.json）をドロップまたは選択してください。ファイルはこのブラウザー内にとどまり、アップロードされません。',
  'provider.reports.pick': 'レポートファイルを選択',
  'provider.reports.drop': 'ここにレポートファイルをドロップ',
  'provider.reports.reading': '{name} を読み込み中… {percent}',
  'provider.reports.loaded': { other: '{name} を読み込みました：{count} 行。' },
  'provider.reports.problems': { other: '{count} 行をスキップしました。' },
  'provider.reports.unreadable':
    'ファイルを読み込めませんでした。移動または変更された可能性があります。もう一度選択してください。',
  'provider.reports.unknown-file': '{name} は出品者評価レポートでもアカウント健全性レポートでもありません。',
  'provider.reports.importing': '{name} をインポートしています… {percent}',
  'provider.reports.cancel': 'キャンセル',
  'provider.reports.cancelled':
    '{name} のインポートをキャンセルしました。このファイルからは何もインポートしていません。',
  'provider.reports.ask.title': '{name} の日付はどのように書かれていますか？',
  'provider.reports.ask.option': '日と月を {format} として読む',
  'provider.reports.ask.option-marketplace': '日と月を {format} として読む（{marketplace}）',
  'provider.reports.ask.sample': '{text} は {date}',
  'provider.reports.ask.sample-bad': '{text} は日付ではありません',
  'provider.reports.ask.rows': { other: 'この読み方で {count} 行を読めます。' },
  'provider.reports.ask.skip': 'このファイルをインポートしない',
  'provider.reports.marketplace': 'アカウント健全性レポートのマーケットプレイス',
  'provider.reports.marketplace-shown': '{marketplace} のアカウント健全性を表示しています。',
  'provider.reports.marketplace-missing':
    'アカウント健全性レポートに {selected} のデータがありません。{marketplace} を表示しています。下で別のものを選べます。',
  'provider.reports.used-marketplace': '{name} の評価は {marketplace} として読み込みます。',
} satisfies Strings;
