import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Este archivo no es un informe de Amazon que se pueda leer. Elige un informe de valoraciones del vendedor o un informe de estado de la cuenta.',
  'importers.wrong-file.feedback':
    'Este archivo no es un informe de valoraciones del vendedor: faltan las columnas Date, Rating y Order ID.',
  'importers.wrong-file.performance':
    'Este archivo no es un informe de estado de la cuenta: no contiene métricas de rendimiento.',
  'importers.empty': 'El archivo está vacío.',
  'importers.too-large': 'El archivo es demasiado grande ({sizeMiB} MiB). El límite es {maxMiB} MiB.',
  'importers.truncated': 'El archivo termina antes de tiempo: parece cortado. Vuelve a descargar el informe.',
  'importers.invalid-json': 'El archivo no es un JSON válido.',
  'importers.decode': 'No se ha podido leer el archivo como texto {encoding}.',
  'importers.unknown-marketplace': 'Tienda desconocida: {marketplaceId}.',
  'importers.compressed':
    'El archivo está comprimido (gzip) y no se pudo descomprimir aquí. Descomprímelo y vuelve a intentarlo.',
  'importers.date-format.marketplace':
    'Los correos de los valoradores de este archivo son de {file}, pero está seleccionado {selected}. Elige cómo leer las fechas: todavía no se ha importado nada.',
  'importers.date-format.dates':
    'Las fechas de este archivo no se pueden leer todas como las escribe {selected}. Elige cómo leerlas: todavía no se ha importado nada.',
  'importers.date-format.ambiguous':
    'Cada fecha de este archivo se puede leer de más de una forma y nada en el archivo indica cuál. Elige cómo leerlas: todavía no se ha importado nada.',
  'importers.warning.spammingSellerMessaging': 'Advertencia: mensajes no deseados o excesivos a los compradores',
  'importers.warning.other': 'Advertencia de la cuenta: {name}',
  'importers.column-count': 'Línea {line}: se esperaban {expected} columnas y hay {found}. Se ha omitido la fila.',
  'importers.bad-date': 'Línea {line}: «{value}» no es una fecha con el formato {format}. Se ha omitido la fila.',
  'importers.bad-rating': 'Línea {line}: la puntuación «{value}» no es un número del 1 al 5. Se ha omitido la fila.',
  'importers.missing-order-id': 'Línea {line}: falta el número de pedido. Se ha omitido la fila.',
  'importers.rows-skipped': { one: 'Se ha omitido 1 fila.', other: 'Se han omitido {count} filas.' },
  'importers.positive-unknown':
    'El informe de valoraciones del vendedor de Amazon solo incluye valoraciones de 1 a 3 estrellas: las valoraciones positivas no aparecen.',

  'provider.reports.title': 'Usa tus informes de Amazon',
  'provider.reports.hint':
    'Arrastra o elige el informe de Comentarios del vendedor (.txt/.tsv) y el informe de Estado de la cuenta (.json). Los archivos se quedan en este navegador; no se sube nada.',
  'provider.reports.pick': 'Elegir archivos de informe',
  'provider.reports.drop': 'Suelta aquí los archivos de informe',
  'provider.reports.reading': 'Leyendo {name}… {percent}',
  'provider.reports.loaded': { one: '{name} cargado: {count} fila.', other: '{name} cargado: {count} filas.' },
  'provider.reports.problems': { one: 'Se omitió {count} fila.', other: 'Se omitieron {count} filas.' },
  'provider.reports.unreadable': 'No se pudo leer el archivo. Puede que se haya movido o cambiado; vuelve a elegirlo.',
  'provider.reports.unknown-file': '{name} no es un informe de Comentarios del vendedor ni de Estado de la cuenta.',
  'provider.reports.importing': 'Importando {name}… {percent}',
  'provider.reports.cancel': 'Cancelar',
  'provider.reports.cancelled': 'Se canceló la importación de {name}. No se importó nada de este archivo.',
  'provider.reports.ask.title': '¿Cómo están escritas las fechas en {name}?',
  'provider.reports.ask.option': 'Día y mes como {format}',
  'provider.reports.ask.option-marketplace': 'Día y mes como {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} es el {date}',
  'provider.reports.ask.sample-bad': '{text} no es una fecha',
  'provider.reports.ask.rows': { one: '{count} fila se lee así.', other: '{count} filas se leen así.' },
  'provider.reports.ask.skip': 'No importar este archivo',
  'provider.reports.marketplace': 'Tienda del informe de estado de la cuenta',
  'provider.reports.marketplace-shown': 'Se muestra el estado de la cuenta de {marketplace}.',
  'provider.reports.marketplace-missing':
    'El informe de estado de la cuenta no tiene datos de {selected}. Se muestra {marketplace}; elige otra abajo.',
  'provider.reports.used-marketplace': 'Las valoraciones de {name} se leen como {marketplace}.',
} satisfies Strings;
