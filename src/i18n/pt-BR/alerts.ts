import type { Strings } from '../types.js';

export default {
  'alerts.button': 'Alertas ({count})',
  'alerts.list': 'Alertas em aberto',
  'alerts.severity.info': 'Informação',
  'alerts.severity.warning': 'Aviso',
  'alerts.severity.critical': 'Crítico',
  'alert.negative-feedback-unanswered':
    'A avaliação com {rating} de 5 estrelas do pedido {orderId} está sem resposta há {hours} horas ou mais.',
  'alert.negative-feedback-unanswered.count': {
    one: '{count} avaliação negativa está sem resposta.',
    other: '{count} avaliações negativas estão sem resposta.',
  },
  'alert.critical-review-cluster': '{count} avaliações críticas de {asin} ({product}) em {days} dias.',
  'alert.metric-near-target': '{metric} está perto da meta.',
  'alert.metric-over-target': '{metric} não atinge a meta.',
  'alert.metric-near-target.count': {
    one: '{count} métrica está perto da meta.',
    other: '{count} métricas estão perto das metas.',
  },
  'alert.metric-over-target.count': {
    one: '{count} métrica não atinge a meta.',
    other: '{count} métricas não atingem as metas.',
  },
  'alert.rating-drop.ahr': 'A classificação do estado da conta caiu de {from} para {to}.',
  'alert.rating-drop.feedback': 'A classificação de avaliações do vendedor caiu de {from} para {to} estrelas.',
  'alert.account-status-changed': 'O estado da conta mudou de {from} para {to}.',
} satisfies Strings;
