import type { Strings } from '../types.js';

export default {
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.send': 'Enviar',
  'common.sending': 'Enviando…',
  'common.previous-page': 'Página anterior',
  'common.next-page': 'Página siguiente',
  'common.page-status': '{from}–{to} de {total}',
  'common.not-available': 'No disponible',
  'common.error.title': 'Algo salió mal',
  'common.config-error.title': 'Sin conexión a datos',
  'common.config-error.body':
    '<{tag}> no tiene adaptador de datos. Colócalo dentro de <review-kit-provider> (con un adaptador, una URL api o el atributo demo) o define su propiedad adapter.',
  'common.stars': { one: '{count} estrella', other: '{count} estrellas' },
  'common.rating-of-5': '{rating} de 5 estrellas',
  'errors.network': 'No se puede acceder a la red. Comprueba tu conexión y vuelve a intentarlo.',
  'errors.timeout': 'El servidor tardó demasiado en responder. Vuelve a intentarlo.',
  'errors.unauthorized': 'Tu sesión ha caducado. Vuelve a iniciar sesión.',
  'errors.forbidden': 'No tienes permiso para hacer esto.',
  'errors.not-found': 'Este elemento ya no existe.',
  'errors.conflict': 'Ya se había hecho; no se envió nada dos veces.',
  'errors.policy-violation': 'La política de Amazon no lo permite.',
  'errors.rate-limited': 'Demasiadas solicitudes.',
  'errors.retry-after': 'Vuelve a intentarlo en {seconds} s.',
  'errors.invalid-response': 'El servidor envió datos que el kit no pudo leer.',
  'errors.internal':
    'Un error en el código de esta página detuvo el kit. Vuelve a cargar la página; si se repite, avisa a los desarrolladores del sitio.',
  'errors.server': 'El servidor tuvo un problema. Vuelve a intentarlo.',
} satisfies Strings;
