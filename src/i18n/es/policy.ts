import type { Strings } from '../types.js';

export default {
  'policy.reason.not-critical': 'Contactar con el cliente solo está disponible para reseñas de 1 a 3 estrellas.',
  'policy.reason.not-verified-purchase': 'La reseña no está vinculada a una compra verificada.',
  'policy.reason.not-seller-of-record': 'No eres el vendedor registrado del pedido de esta reseña.',
  'policy.reason.no-order-date': 'Se desconoce la fecha del pedido.',
  'policy.reason.order-too-old': 'El pedido se realizó hace más de un año.',
  'policy.reason.not-brand-representative': 'No tienes el rol de representante de la marca para esta marca.',
  'policy.reason.not-professional': 'Contactar con el cliente requiere una cuenta de vendedor Profesional.',
  'policy.reason.account-not-in-good-standing': 'Tu cuenta no está en regla.',
  'policy.reason.already-contacted': 'Ya se ha contactado con este cliente por esta reseña.',
  'policy.reason.no-edit-permission': 'Necesitas el permiso Ver y editar para las reseñas de clientes.',

  'policy.removal-reason.too-old':
    'La eliminación solo se puede solicitar en los {days} días siguientes a la valoración.',
  'policy.removal-reason.already-requested': 'Ya hay una solicitud de eliminación pendiente.',
  'policy.removal-reason.already-decided': 'Amazon ya ha resuelto sobre esta valoración.',

  'policy.criterion.personal-data': 'Contiene información personal',
  'policy.criterion.obscene': 'Contiene lenguaje obsceno o grosero',
  'policy.criterion.product-review': 'Es por completo una reseña del producto',
  'policy.criterion.fba-delivery': 'Trata por completo de una entrega gestionada por Amazon',

  'policy.removal.fba-message':
    'Este producto lo ha enviado Amazon, y asumimos la responsabilidad de esta experiencia de envío.',

  'policy.template.courtesy-refund.subject': 'Un reembolso de cortesía para tu pedido',
  'policy.template.courtesy-refund.body':
    'Hola:\n\nLamentamos que tu compra de {productTitle} no haya cumplido tus expectativas. Como gesto de cortesía, queremos ofrecerte el reembolso completo de este pedido. Para aceptarlo, responde a este mensaje desde tu Centro de mensajes.\n\nUn saludo,\n{sellerName}',
  'policy.template.customer-support.subject': '¿Podemos ayudarte con tu compra?',
  'policy.template.customer-support.body':
    'Hola:\n\nHemos visto que quizá hayas tenido un problema con {productTitle}. Nos gustaría ayudarte. ¿Podemos contactarte a través de la mensajería comprador-vendedor? Si es así, responde a este mensaje desde tu Centro de mensajes.\n\nUn saludo,\n{sellerName}',
} satisfies Strings;
