import type { Strings } from '../types.js';

export default {
  'feedback.removal.intro':
    'A Amazon só remove uma avaliação quando ela contém palavras obscenas ou ofensivas, contém dados pessoais sobre você (endereços de e-mail, nomes completos, números de telefone) ou é inteiramente uma avaliação do produto. Uma avaliação inteiramente sobre uma entrega feita pela Amazon é riscada em vez disso. Solicitações especulativas não são permitidas.',
  'feedback.removal.candidates': 'O que o comentário parece conter',
  'feedback.removal.no-candidates': 'O comentário não atende claramente a nenhum dos critérios da Amazon.',
  'feedback.removal.confidence.high': 'confiança alta',
  'feedback.removal.confidence.medium': 'confiança média',
  'feedback.removal.confidence.low': 'confiança baixa',
  'feedback.removal.pick': 'Qual critério a avaliação atende?',
  'feedback.removal.reason.personal-data': 'Contém dados pessoais',
  'feedback.removal.reason.obscene': 'Linguagem obscena ou ofensiva',
  'feedback.removal.reason.product-review': 'Inteiramente uma avaliação do produto',
  'feedback.removal.reason.fba-delivery': 'Inteiramente sobre uma entrega feita pela Amazon',
  'feedback.removal.fba-only': 'A avaliação sobre a entrega só é riscada em pedidos processados pela Amazon.',
  'feedback.removal.submit': 'Enviar solicitação',
  'feedback.removal.outcome.requested': 'Solicitação recebida. A Amazon vai analisar a avaliação.',
  'feedback.removal.outcome.denied': 'Mantida: a Amazon não encontrou violação de política.',
  'feedback.removal.outcome.struck-through': 'Riscada: a avaliação não conta mais para sua classificação.',
  'feedback.removal.outcome.removed': 'Removida: a avaliação não conta mais para sua classificação.',
  'feedback.local.removal':
    'Solicitação registrada apenas neste navegador; a Amazon não é informada. Solicite a remoção no Seller Central.',
} satisfies Strings;
