import type { Strings } from '../types.js';

export default {
  'contact.title': 'Contactar con el cliente',
  'contact.reason.legend': 'Motivo del contacto con el cliente',
  'contact.reason.courtesy-refund': 'Reembolso de cortesía',
  'contact.reason.courtesy-refund.hint': 'Ofrece al cliente un reembolso completo.',
  'contact.reason.customer-support': 'Atención al cliente',
  'contact.reason.customer-support.hint':
    'Pide al cliente permiso para contactarle mediante la mensajería entre compradores y vendedores.',
  'contact.preview.title': 'Vista previa del mensaje',
  'contact.preview.note': 'Amazon envía este mensaje a partir de una plantilla fija. No se puede editar.',
  'contact.preview.subject': 'Asunto',
  'contact.preview.unavailable': 'El texto de esta plantilla no está disponible.',
  'contact.review.product': 'Producto',
  'contact.review.rating': 'Valoración',
  'contact.review.title': 'Título de la reseña',
  'contact.loading': 'Cargando la reseña…',
  'contact.no-review': 'No se ha indicado ninguna reseña a este cuadro de diálogo.',
  'contact.ineligible.title': 'No se puede contactar con el cliente',
  'contact.ineligible.intro':
    'Amazon solo permite contactar con el cliente cuando se cumplen todas las condiciones. No se cumplen:',
  'contact.sent.title': 'Mensaje enviado',
  'contact.sent.body':
    'Amazon envió el mensaje «{reason}» el {date}. El cliente lo ve en su Centro de mensajes; las respuestas llegan como mensajes entre comprador y vendedor.',
  'contact.failed.title': 'El mensaje no se ha enviado',
  'contact.failed.retry':
    'Tu elección se conserva. Selecciona Enviar para volver a intentarlo; el mensaje nunca se enviará dos veces.',
  'contact.conflict.title': 'Cliente ya contactado',
  'contact.conflict.body':
    'Ya se ha contactado con este cliente por esta reseña. Amazon permite un solo contacto por reseña, así que no se ha enviado nada más.',

  'policy.template.courtesy-refund.subject': 'Un reembolso de cortesía para tu pedido',
  'policy.template.courtesy-refund.body':
    'Hola:\n\nLamentamos que tu compra de {productTitle} no haya cumplido tus expectativas. Como gesto de cortesía, queremos ofrecerte el reembolso completo de este pedido. Para aceptarlo, responde a este mensaje desde tu Centro de mensajes.\n\nUn saludo,\n{sellerName}',
  'policy.template.customer-support.subject': '¿Podemos ayudarte con tu compra?',
  'policy.template.customer-support.body':
    'Hola:\n\nHemos visto que quizá hayas tenido un problema con {productTitle}. Nos gustaría ayudarte. ¿Podemos contactarte a través de la mensajería comprador-vendedor? Si es así, responde a este mensaje desde tu Centro de mensajes.\n\nUn saludo,\n{sellerName}',
} satisfies Strings;
