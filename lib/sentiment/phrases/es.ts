import type { LanguagePhrases } from './types';

// Spanish (Spain and Latin America: PROFECO is Mexico's consumer agency, OMIC/consumo Spain's).
export const es: LanguagePhrases = {
  alerts: {
    anger: [
      'inaceptable', 'indignante', 'vergonzoso', 'una vergüenza', 'es una estafa', 'estafa*', 'ridículo', 'pésimo',
      'estoy (hart[oa]|furios[oa]|indignad[oa])', 'harto de', 'harta de', 'una tomadura de pelo', 'una pérdida de tiempo',
    ],
    legal_threat: [
      '!abogad[oa]s?', '!demanda(r|rlos|ré|remos)', '!(una|la) demanda', '!acciones legales', '!acción legal', '!(vía|medidas) (legal|judicial|legales|judiciales)',
      '!denunci(a|ar|aré|arlos)', '!tribunal(es)?', '!(oficina|organismo) de consumo', '!omic', '!profeco', '!hoja de reclamaciones',
      '!reclamación formal', '!contracargo', '!(disputar|desconocer|reclamar) (el|este|ese) cargo',
    ],
    churn_risk: [
      'cancelar (mi|la|nuestra) (suscripción|cuenta|membresía|contrato|servicio|plan)', 'dar(me|nos)? de baja', 'de baja (mi|la|nuestra|el) (cuenta|suscripción|línea|servicio|contrato)',
      '(cerrar|eliminar) (mi|nuestra) cuenta', 'cambiar(me|nos)? (de|a otra) (compañía|proveedor|empresa|operador[a]?)',
      '(me voy|nos vamos|irme|irnos) (a|con) (la|otra) (competencia|empresa|compañía)', 'me voy con otra', 'no (voy a|pienso) renovar',
    ],
    human_requested: [
      '(una|un) (persona|agente) (real|humana|de verdad)', 'ser humano', 'hablar con (un|una|el|la|su|algún) (humano|persona|agente|gerente|supervisor[a]?|responsable|encargad[oa])',
      '(el|la|su|un|una) (gerente|supervisor[a]?|encargad[oa])', 'no (un|una|otro) (bot|robot|máquina)',
    ],
    urgency: [
      'urgente*', 'urgencia', 'lo antes posible', 'cuanto antes', 'de inmediato', 'inmediatamente', 'fecha límite', 'plazo',
      'estamos bloqueados', 'emergencia',
      '!(la )?(producción|sistema|servicio|web|página|tienda|plataforma) (está )?(caíd[oa]|parad[oa]|fuera de servicio)', '!caída del servicio',
      '!perdiendo (dinero|ventas|clientes)', '!(los )?clientes no pueden',
    ],
    repeat_contact: [
      '(segunda|tercera|cuarta|quinta) vez', '(escribo|escribiendo|llamo|pregunto|contacto|reclamo) (de nuevo|otra vez)', 'una y otra vez',
      'ya (les |se lo |te |os |lo )?(dije|expliqué|envié|he dicho|he explicado|he escrito|he enviado|había)',
      'sigue sin (funcionar|resolverse|arreglarse|solución)', 'todavía no (funciona|está|han|me)', 'sigue (igual|fallando|sin)',
      'varias veces', 'nadie (me )?(responde|ha respondido|contesta|ha contestado)', 'sin respuesta', 'otra vez el mismo',
    ],
  },
  negators: ['no', 'nunca', 'jamás', 'ni', 'tampoco', 'sin'],
  bridges: [
    'voy', 'vamos', 'a', 'quiero', 'queremos', 'pienso', 'tengo', 'intención', 'de', 'el', 'la', 'mi', 'los', 'las', 'un', 'una', 'me', 'ir',
    'hablar', 'con', 'es', 'hace', 'falta', 'necesito', 'necesario', 'he', 'pensado', 'en', 'lo', 'se', 'ningún', 'ninguna',
  ],
  postNegators: [],
  noRush: ['sin prisa', 'no (es|hay) (urgente|prisa)', 'no corre prisa', 'cuando (pueda|puedan|puedas|tengan tiempo)'],
  lexicon: {
    inaceptable: -3, indignante: -3, vergüenza: -2.5, vergonzoso: -2.5, estafa: -3, ridículo: -2, pésimo: -3, pésima: -3, terrible: -2.5,
    horrible: -2.5, malo: -2, mala: -2, furioso: -3, furiosa: -3, harto: -2.5, harta: -2.5, molesto: -2, molesta: -2, enfadado: -2.5,
    decepcionado: -2, decepcionada: -2, desastre: -2.5, inútil: -2.5, fatal: -2.5, problema: -1, error: -1, gracias: 1.5, excelente: 3,
    genial: 3, perfecto: 2.5, bien: 1.2, bueno: 1.5, buena: 1.5, encantado: 2.5, encantada: 2.5, amable: 2, increíble: 2, funciona: 0.8,
  },
};
