import type { Strings } from '../types.js';

export default {
  'importers.wrong-file':
    'Este arquivo não é um relatório da Amazon que o kit consiga ler. Escolha um relatório de avaliações do vendedor ou um relatório do estado da conta.',
  'importers.wrong-file.feedback':
    'Este arquivo não é um relatório de avaliações do vendedor: não tem as colunas Data, Classificação e Número do pedido.',
  'importers.wrong-file.performance':
    'Este arquivo não é um relatório do estado da conta: não tem métricas de desempenho.',
  'importers.empty': 'O arquivo está vazio.',
  'importers.too-large': 'O arquivo é grande demais ({sizeMiB} MiB). O limite é {maxMiB} MiB.',
  'importers.truncated': 'O arquivo termina cedo demais: parece cortado. Baixe o relatório novamente.',
  'importers.invalid-json': 'O arquivo não é um JSON válido.',
  'importers.decode': 'Não foi possível ler o arquivo como texto {encoding}.',
  'importers.unknown-marketplace': 'Loja desconhecida: {marketplaceId}.',
  'importers.compressed':
    'O arquivo está compactado com gzip e não pôde ser descompactado aqui. Descompacte-o e tente novamente.',
  'importers.date-format.marketplace':
    'Os e-mails dos avaliadores neste arquivo vêm de {file}, mas {selected} está selecionada. Escolha como ler as datas: nada foi importado ainda.',
  'importers.date-format.dates':
    'Nem todas as datas deste arquivo podem ser lidas como {selected} as escreve. Escolha como lê-las: nada foi importado ainda.',
  'importers.date-format.ambiguous':
    'Cada data deste arquivo pode ser lida de mais de uma forma, e nada no arquivo indica qual. Escolha como lê-las: nada foi importado ainda.',
  'importers.warning.spammingSellerMessaging': 'Aviso: mensagens indesejadas ou excessivas aos compradores',
  'importers.warning.other': 'Aviso da conta: {name}',
  'importers.column-count':
    'Linha {line}: eram esperadas {expected} colunas, foram encontradas {found}. A linha foi ignorada.',
  'importers.bad-date': 'Linha {line}: "{value}" não é uma data no formato {format}. A linha foi ignorada.',
  'importers.bad-rating': 'Linha {line}: a classificação "{value}" não é um número de 1 a 5. A linha foi ignorada.',
  'importers.missing-order-id': 'Linha {line}: falta o número do pedido. A linha foi ignorada.',
  'importers.rows-skipped': {
    one: '1 linha foi ignorada.',
    many: '{count} de linhas foram ignoradas.',
    other: '{count} linhas foram ignoradas.',
  },
  'importers.positive-unknown':
    'O relatório de avaliações do vendedor da Amazon lista apenas avaliações de 1 a 3 estrelas, então as avaliações positivas não estão incluídas.',
  'provider.reports.title': 'Use seus arquivos de relatório da Amazon',
  'provider.reports.hint':
    'Solte ou escolha o relatório de avaliações do vendedor (.txt/.tsv) e o relatório do estado da conta (.json). Os arquivos ficam neste navegador; nada é enviado.',
  'provider.reports.pick': 'Escolher arquivos de relatório',
  'provider.reports.drop': 'Solte os arquivos de relatório aqui',
  'provider.reports.reading': 'Lendo {name}… {percent}',
  'provider.reports.loaded': {
    one: '{name} carregado: {count} linha.',
    many: '{name} carregado: {count} de linhas.',
    other: '{name} carregado: {count} linhas.',
  },
  'provider.reports.problems': {
    one: '{count} linha foi ignorada.',
    many: '{count} de linhas foram ignoradas.',
    other: '{count} linhas foram ignoradas.',
  },
  'provider.reports.unreadable':
    'Não foi possível ler o arquivo. Ele pode ter sido movido ou alterado; escolha-o novamente.',
  'provider.reports.unknown-file':
    '{name} não é um relatório de avaliações do vendedor nem um relatório do estado da conta.',
  'provider.reports.importing': 'Importando {name}… {percent}',
  'provider.reports.cancel': 'Cancelar',
  'provider.reports.cancelled': 'A importação de {name} foi cancelada. Nada foi importado dele.',
  'provider.reports.ask.title': 'Como as datas estão escritas em {name}?',
  'provider.reports.ask.option': 'Dia e mês como {format}',
  'provider.reports.ask.option-marketplace': 'Dia e mês como {format} ({marketplace})',
  'provider.reports.ask.sample': '{text} é {date}',
  'provider.reports.ask.sample-bad': '{text} não é uma data',
  'provider.reports.ask.rows': {
    one: '{count} linha é lida assim.',
    many: '{count} de linhas são lidas assim.',
    other: '{count} linhas são lidas assim.',
  },
  'provider.reports.ask.skip': 'Não importar este arquivo',
  'provider.reports.marketplace': 'Loja do relatório do estado da conta',
  'provider.reports.marketplace-shown': 'Mostrando o estado da conta de {marketplace}.',
  'provider.reports.marketplace-missing':
    'O relatório do estado da conta não tem entrada para {selected}. Mostrando {marketplace}; escolha outra abaixo.',
  'provider.reports.used-marketplace': 'As avaliações em {name} são lidas como {marketplace}.',
} satisfies Strings;
