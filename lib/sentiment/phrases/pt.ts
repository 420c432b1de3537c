import type { LanguagePhrases } from './types';

// Portuguese (Brazil and Portugal). Procon / Reclame Aqui are Brazil's, DECO / Livro de Reclamações Portugal's.
export const pt: LanguagePhrases = {
  alerts: {
    anger: [
      'inaceitável', 'absurdo', 'vergonha', 'palhaçada', 'ridículo', 'revoltante', 'péssimo', 'péssima', 'um roubo', 'uma piada',
      'estou (furios[oa]|indignad[oa]|revoltad[oa]|irritad[oa])', 'perda de tempo', 'cansad[oa] de',
    ],
    legal_threat: [
      '!advogad[oa]s?', '!processar', '!processo judicial', '!ação judicial', '!(na|à) justiça', '!procon', '!reclame aqui', '!juizado',
      '!tribunal', '!estorno', '!contestar (a|o|esta|essa) (cobrança|compra|transação)', '!deco', '!livro de reclamações',
    ],
    churn_risk: [
      'cancelar (minha|a|meu|o|nossa|nosso) (assinatura|conta|plano|contrato|serviço)', '(encerr|fech|exclu)* (minha|a|nossa) conta',
      '(mudar|trocar) (de|para outra) (operadora|empresa|fornecedor|serviço)', '(ir|vou) para (a )?concorrência', 'vou (sair|embora)',
      'não (vou|vamos) renovar',
    ],
    human_requested: [
      '(uma )?pessoa (real|de verdade)', 'ser humano', 'atendente humano',
      'falar com (um|uma|o|a|seu|sua|algum) (humano|pessoa|atendente|gerente|supervisor[a]?|responsável)',
      '(o|seu|um) (gerente|supervisor)', 'não (um|outro) (robô|bot)',
    ],
    urgency: [
      'urgente*', 'urgência', 'o mais rápido possível', 'imediatamente', 'prazo', 'estamos bloqueados', 'emergência',
      '!(a )?(produção|sistema|site|loja|plataforma) (está )?(fora do ar|parad[oa]|caíd[oa]|inoperante)', '!fora do ar',
      '!perdendo (dinheiro|vendas|clientes)', '!(os )?clientes não conseguem',
    ],
    repeat_contact: [
      '(segunda|terceira|quarta|quinta) vez', '(escrevendo|escrevo|ligando|ligo|entrando em contato|reclamando|pergunto|perguntando) (de novo|novamente|mais uma vez)', 'de novo o mesmo (problema|erro)', 'mais uma vez (o|a) mesm[oa]',
      'já (disse|expliquei|enviei|falei|entrei em contato|reclamei|informei)', 'ainda não (funciona|foi resolvido|resolveram|responderam)',
      'continua (sem|com o mesmo|igual)', 'várias vezes', 'ninguém (me )?(responde|respondeu)', 'sem resposta',
    ],
  },
  negators: ['não', 'nunca', 'jamais', 'nem', 'sem', 'nenhum', 'nenhuma'],
  bridges: [
    'vou', 'vamos', 'quero', 'queremos', 'pretendo', 'tenho', 'intenção', 'de', 'o', 'a', 'os', 'as', 'meu', 'minha', 'um', 'uma', 'falar',
    'com', 'me', 'é', 'preciso', 'precisa', 'necessário', 'penso', 'em',
  ],
  postNegators: [],
  noRush: ['sem pressa', 'não (é|tem) (urgente|pressa)', 'quando (puder|puderem|tiver tempo)'],
  lexicon: {
    inaceitável: -3, absurdo: -2.5, vergonha: -2.5, palhaçada: -3, ridículo: -2, péssimo: -3, péssima: -3, horrível: -2.5, terrível: -2.5,
    ruim: -2, furioso: -3, furiosa: -3, irritado: -2.5, irritada: -2.5, decepcionado: -2, decepcionada: -2, revoltante: -3, problema: -1,
    erro: -1, obrigado: 1.5, obrigada: 1.5, excelente: 3, ótimo: 2.5, ótima: 2.5, perfeito: 2.5, bom: 1.5, boa: 1.5, funciona: 0.8,
  },
};
