import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical':
    'Só avaliações de 1 a 3 estrelas podem ser respondidas com Entrar em contato com o cliente.',
  'policy.reason.not-verified-purchase': 'A avaliação não está vinculada a uma compra verificada.',
  'policy.reason.not-seller-of-record': 'Você não é o vendedor responsável pelo pedido desta avaliação.',
  'policy.reason.no-order-date': 'A data do pedido é desconhecida.',
  'policy.reason.order-too-old': 'O pedido foi feito há mais de um ano.',
  'policy.reason.not-brand-representative': 'Você não tem a função de Representante da marca para esta marca.',
  'policy.reason.not-professional': 'Entrar em contato com o cliente exige uma conta de vendedor Profissional.',
  'policy.reason.account-not-in-good-standing': 'Sua conta não está em situação regular.',
  'policy.reason.already-contacted': 'Este cliente já foi contatado sobre esta avaliação.',
  'policy.reason.no-edit-permission': 'Você precisa da permissão Visualizar e editar para Avaliações de clientes.',
  'policy.reason.empty': 'O texto está vazio.',
  'policy.reason.length': 'O texto é mais longo do que a Amazon permite.',
  'policy.reason.retention-expired':
    'Esta avaliação não está mais em Avaliações de clientes: o período de exibição terminou.',
  'policy.reason.invalid-reason': 'A Amazon não aceita este motivo.',
} satisfies Strings;
