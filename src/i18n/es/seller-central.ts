import type { Strings } from '../types.js';

/** Seller Central links (SPEC §9 capabilities 'manual') and Ask buyer to remove. */
export default {
  'sc.reply': 'Responder en Seller Central',
  'sc.remove-reply': 'Eliminar la respuesta en Seller Central',
  'sc.request-removal': 'Solicitar la eliminación en Seller Central',
  'sc.ask-buyer': 'Pedir al comprador que la elimine en Seller Central',
  'sc.comment': 'Comentar en Seller Central',
  'sc.contact': 'Contactar con el cliente en Seller Central',
  'sc.new-tab': '(se abre en una pestaña nueva)',
  'feedback.ask-buyer': 'Pedir al comprador que la elimine',
  'feedback.ask-buyer.title': '¿Pedir al comprador que elimine esta valoración?',
  'feedback.ask-buyer.body':
    'Solo cuando hayas resuelto el problema del comprador. Amazon envía al comprador su propio mensaje pidiéndole que elimine la valoración; puedes pedirlo una vez por pedido y nunca ofrecer nada a cambio.',
  'feedback.ask-buyer.confirm': 'El problema está resuelto: pedírselo al comprador',
  'feedback.ask-buyer.asked-on': 'Se pidió al comprador que la eliminara el {date}',
  'feedback.ask-buyer.done': 'Se ha pedido al comprador que elimine la valoración.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon no ofrece para este pedido su mensaje que pide al comprador que elimine la valoración: puede que sea demasiado tarde, que ya se haya enviado o que ya no se ofrezca.',
  'feedback.reason.manual-only': 'Amazon no permite hacerlo desde aquí: hazlo en Seller Central.',
} satisfies Strings;
