import type { Strings } from '../types.js';

export default {
  'contact.title': '購入者に連絡',
  'contact.reason.legend': '購入者に連絡する理由',
  'contact.reason.courtesy-refund': '好意による返金',
  'contact.reason.courtesy-refund.hint': '購入者に全額返金を申し出ます。',
  'contact.reason.customer-support': 'カスタマーサポート',
  'contact.reason.customer-support.hint': '購入者・出品者間メッセージで連絡してよいか、購入者に許可を求めます。',
  'contact.preview.title': 'メッセージのプレビュー',
  'contact.preview.note': 'Amazonはこのメッセージを固定のテンプレートから送信します。編集はできません。',
  'contact.preview.subject': '件名',
  'contact.preview.unavailable': 'このテンプレートの本文は利用できません。',
  'contact.review.product': '商品',
  'contact.review.rating': '評価',
  'contact.review.title': 'レビューのタイトル',
  'contact.loading': 'レビューを読み込んでいます…',
  'contact.no-review': 'このダイアログにレビューが指定されていません。',
  'contact.ineligible.title': '購入者に連絡できません',
  'contact.ineligible.intro': '購入者への連絡は、すべての条件を満たす場合にのみ可能です。満たしていない条件:',
  'contact.sent.title': 'メッセージを送信しました',
  'contact.sent.body':
    'Amazonは{date}に「{reason}」のメッセージを送信しました。購入者はメッセージセンターで確認でき、返信は購入者・出品者間メッセージとして届きます。',
  'contact.failed.title': 'メッセージは送信されませんでした',
  'contact.failed.retry':
    '選択内容は保持されています。「送信」を選んで再試行してください。メッセージが二重に送信されることはありません。',
  'contact.conflict.title': 'この購入者には連絡済みです',
  'contact.conflict.body':
    'このレビューについて、この購入者にはすでに連絡済みです。Amazonでは1件のレビューにつき連絡は1回までのため、これ以上は送信されていません。',

  'policy.template.courtesy-refund.subject': 'ご注文に対する返金のご案内',
  'policy.template.courtesy-refund.body':
    'こんにちは。\n\n{productTitle}のご購入がご期待に沿えず、申し訳ございません。誠意として、このご注文の全額返金をご提案いたします。お受けになる場合は、メッセージセンターからこのメッセージにご返信ください。\n\nよろしくお願いいたします。\n{sellerName}',
  'policy.template.customer-support.subject': 'ご購入の商品についてお手伝いできることはありますか?',
  'policy.template.customer-support.body':
    'こんにちは。\n\n{productTitle}について問題が発生した可能性があることを確認しました。お手伝いさせていただければ幸いです。購入者と出品者間のメッセージでご連絡してもよろしいでしょうか。よろしければ、メッセージセンターからこのメッセージにご返信ください。\n\nよろしくお願いいたします。\n{sellerName}',
} satisfies Strings;
