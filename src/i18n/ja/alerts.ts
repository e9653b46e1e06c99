import type { Strings } from '../types.js';

export default {
  'alerts.button': 'アラート ({count})',
  'alerts.list': '未対応のアラート',
  'alerts.severity.info': '情報',
  'alerts.severity.warning': '警告',
  'alerts.severity.critical': '重大',
  'alert.negative-feedback-unanswered': '注文 {orderId} の星{rating}の評価に {hours} 時間以上返信していません。',
  'alert.negative-feedback-unanswered.count': { other: '返信していない否定的な評価が {count} 件あります。' },
  'alert.critical-review-cluster': '{asin}（{product}）に {days} 日以内に {count} 件の低評価レビューがありました。',
  'alert.metric-near-target': '{metric} が目標値に近づいています。',
  'alert.metric-over-target': '{metric} が目標値を満たしていません。',
  'alert.metric-near-target.count': { other: '{count} 件の指標が目標値に近づいています。' },
  'alert.metric-over-target.count': { other: '{count} 件の指標が目標値を満たしていません。' },
  'alert.rating-drop.ahr': 'アカウント健全性評価が {from} から {to} に下がりました。',
  'alert.rating-drop.feedback': '評価が星 {from} から星 {to} に下がりました。',
  'alert.account-status-changed': 'アカウントステータスが {from} から {to} に変わりました。',
} satisfies Strings;
